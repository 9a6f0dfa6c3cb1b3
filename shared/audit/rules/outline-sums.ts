/**
 * An amount stated by a heading or item over the items listed under it, each with its own amount
 * (`1. 국어 정보자원 확대(57억원)` › `□ …(3,180백만원)` ×4): the items are its parts, checked at the
 * precision the heading was printed in. The importer hands on only groups the outline makes certain
 * (`OutlineGroup`): two or more items of one marker, every one stating its amount, nothing else in
 * the scope stating one.
 */
import type { OutlineGroup, PrintedFigure } from '../../model/audit-input';
import type { BudgetLine, Finding } from '../../model/report';
import { exactDecimals, formatWonWithUnit } from '../../money/format';
import { MONEY_UNITS, type MoneyUnit } from '../../money/types';
import { budgetInForce } from '../../variance/line-variance';
import { lineCell, sumArithmetic } from '../evidence';
import { FINDING_CODES, makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';
import { agreesAtPrecision } from './group-labels';

/** The smallest step a figure was printed in: 12.03억원 → 0.01억원. */
function stepOf(figure: PrintedFigure): number {
  return MONEY_UNITS[figure.unit] / 10 ** figure.decimals;
}

/** A figure in a unit with no more decimals than it needs (1,203백만원, 12.03백만원). */
function written(won: number, unit: MoneyUnit): string {
  return formatWonWithUnit(won, unit, { decimals: exactDecimals(won, unit) });
}

interface Checked {
  group: OutlineGroup;
  parent: BudgetLine;
  children: BudgetLine[];
  stated: number;
  figures: number[];
  sum: number;
  step: number;
  slack: number;
  rounded: boolean;
  truncated: boolean;
}

function checked(group: OutlineGroup, byKey: ReadonlyMap<string, BudgetLine>): Checked | undefined {
  const parent = byKey.get(group.parent.key);
  const children = group.children.flatMap((child) => byKey.get(child.key) ?? []);
  if (!parent || children.length !== group.children.length || children.length < 2) return undefined;
  const stated = budgetInForce(parent);
  const figures = children.map((child) => budgetInForce(child));
  if (stated === undefined || figures.some((figure) => figure === undefined)) return undefined;
  const values = figures as number[];
  const sum = values.reduce((total, figure) => total + figure, 0);
  const step = stepOf(group.parent);
  // each item is itself rounded to the step it was printed in
  const slack = group.children.reduce((total, child) => total + stepOf(child) / 2, 0);
  const gap = Math.abs(stated - sum);
  const rounded = gap * 2 <= step + 2 * slack;
  const truncated = agreesAtPrecision(stated, sum, step, slack) && !rounded;
  return { group, parent, children, stated, figures: values, sum, step, slack, rounded, truncated };
}

/** The items' unit when they all share one other than the heading's: a unit slipped by a factor. */
function slippedUnit(check: Checked): { unit: MoneyUnit; factor: number } | undefined {
  const units = new Set(check.group.children.map((child) => child.unit));
  const [unit] = [...units];
  if (units.size !== 1 || unit === undefined || unit === check.group.parent.unit) return undefined;
  const factor = MONEY_UNITS[check.group.parent.unit] / MONEY_UNITS[unit];
  const agrees = agreesAtPrecision(
    check.stated,
    check.sum * factor,
    check.step,
    check.slack * factor,
  );
  return agrees ? { unit, factor } : undefined;
}

/**
 * Each outline group against its items. A heading that is its items' sum cut off rather than
 * rounded (57억원 over 5,767백만원) is wrong only where the document rounds elsewhere (12.5억원 over
 * 1,245백만원); otherwise it is noted as information.
 */
export function auditOutlineGroups(
  groups: readonly OutlineGroup[],
  lines: readonly BudgetLine[],
): Finding[] {
  const byKey = new Map(lines.map((line) => [line.key, line]));
  const checks = groups.flatMap((group) => checked(group, byKey) ?? []);
  // proof the document rounds: a heading printed coarser than its items, rounded up past its sum
  const rounding = checks.find(
    (check) =>
      check.rounded &&
      check.sum !== check.stated &&
      !agreesCutOff(check) &&
      check.group.children.every((child) => stepOf(child) < check.step),
  );
  return checks.flatMap((check) => {
    if (check.sum === check.stated || check.rounded) return [];
    if (check.truncated) return [cutOff(check, rounding)];
    return [mismatch(check)];
  });
}

function agreesCutOff(check: Checked): boolean {
  const truncated = Math.trunc(check.sum / check.step) * check.step;
  return Math.abs(check.stated - truncated) <= check.slack;
}

function cells(check: Checked) {
  return [
    lineCell(check.parent, '금액', check.stated),
    ...check.children.map((child, index) => lineCell(child, '금액', check.figures[index]!)),
  ];
}

function arithmetic(check: Checked, unit: MoneyUnit) {
  const write = (won: number) => written(won, unit);
  return sumArithmetic(
    { name: check.parent.project, value: check.stated },
    check.children.map((child, index) => ({ name: child.project, value: check.figures[index]! })),
    write,
  );
}

/** What every finding of a group names: the figures, where they are printed and the sum written out. */
function evidence(check: Checked, unit: MoneyUnit) {
  return {
    stated: check.stated,
    computed: check.sum,
    source: check.group.source,
    lineKey: check.parent.key,
    cells: cells(check),
    arithmetic: arithmetic(check, unit),
  };
}

function itemsUnit(check: Checked): MoneyUnit {
  const units = new Set(check.group.children.map((child) => child.unit));
  return units.size === 1 ? [...units][0]! : check.group.parent.unit;
}

function mismatch(check: Checked): Finding {
  const heading = written(check.stated, check.group.parent.unit);
  const unit = itemsUnit(check);
  const sum = written(check.sum, unit);
  const slip = slippedUnit(check);
  const n = check.children.length;
  const name = quoted(check.parent.project);
  // items adding up to less than their heading may simply not all be listed: inferred, not certain
  const certain = slip !== undefined || check.sum > check.stated;
  const why = slip
    ? {
        ko: `: 항목들의 숫자를 더하면 제목과 같은 숫자이나 ${withParticle(slip.unit, '으로/로')} 적혀 있어 ${slip.factor.toLocaleString('en-US')}배 차이가 납니다(단위를 잘못 적은 것으로 보임)`,
        en: `: the items' digits add up to the heading's, but they are printed in ${slip.unit}, ${slip.factor.toLocaleString('en-US')} times smaller (a unit slip).`,
      }
    : certain
      ? { ko: '', en: '.' }
      : {
          ko: ' (아래 항목이 모두 적힌 것으로 보고 비교했습니다. 빠진 항목이 있을 수 있습니다)',
          en: ' (taken as a full list of its items; some may be left out).',
        };
  return makeFinding({
    severity: certain ? 'error' : 'warning',
    code: FINDING_CODES.totalMismatch,
    ko: `${name}의 금액 ${withParticle(heading, '이/가')} 그 아래 항목 ${n}건의 합계 ${withParticle(sum, '과/와')} 다릅니다${why.ko}`,
    en: `${name} states ${heading}, but the ${n} items under it add up to ${sum}${why.en}`,
    ...evidence(check, unit),
  });
}

function cutOff(check: Checked, rounding: Checked | undefined): Finding {
  const heading = written(check.stated, check.group.parent.unit);
  const sum = written(check.sum, check.group.parent.unit);
  const name = quoted(check.parent.project);
  const n = check.children.length;
  const base = {
    ko: `${name}의 금액 ${withParticle(heading, '은/는')} 그 아래 항목 ${n}건의 합계 ${withParticle(sum, '을/를')} 반올림하지 않고 버린 값입니다`,
    en: `${name} states ${heading}: the ${n} items under it add up to ${sum}, cut off rather than rounded`,
  };
  if (!rounding)
    return makeFinding({
      severity: 'info',
      code: FINDING_CODES.totalRounding,
      ko: base.ko,
      en: `${base.en}.`,
      ...evidence(check, itemsUnit(check)),
    });
  const other = quoted(rounding.parent.project);
  const otherStated = written(rounding.stated, rounding.group.parent.unit);
  const otherSum = written(rounding.sum, rounding.group.parent.unit);
  return makeFinding({
    severity: 'error',
    code: FINDING_CODES.totalMismatch,
    ko: `${base.ko}. 이 문서는 다른 곳에서 합계를 반올림하므로(${other}: ${otherSum} → ${otherStated}) 반올림 차이가 아닙니다`,
    en: `${base.en}; the document rounds elsewhere (${other}: ${otherSum} → ${otherStated}), so this is no rounding.`,
    ...evidence(check, itemsUnit(check)),
  });
}
