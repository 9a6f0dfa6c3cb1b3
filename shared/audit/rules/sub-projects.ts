import type { SubProjectLink } from '../../model/audit-input';
import type { BudgetLine, Finding } from '../../model/report';
import { formatWonWithUnit } from '../../money/format';
import { MONEY_UNITS } from '../../money/types';
import { lineCell, sumArithmetic } from '../evidence';
import { FINDING_CODES, makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';

/** The amount a project's statement gives (사업비/소요예산, else 예산). */
function statedAmount(line: BudgetLine): number | undefined {
  return line.requiredBudget ?? line.budget ?? line.currentBudget;
}

/** A sub-project row's budget (a table row's 예산액, 예산현액 or 사업비). */
function rowAmount(line: BudgetLine): number {
  return line.budget ?? line.currentBudget ?? line.requiredBudget ?? 0;
}

/**
 * A sub-project table under a project: its top-level rows against the project's stated amount.
 * Rounded units (백만원 and up) allow half a unit per row: info 'subproject-total-rounding'.
 */
export function auditSubProjects(
  links: readonly SubProjectLink[],
  lines: readonly BudgetLine[],
): Finding[] {
  const byKey = new Map(lines.map((line) => [line.key, line]));
  return links.flatMap((link) => {
    const project = byKey.get(link.projectKey);
    if (!project) return [];
    // a project known by its 총사업비 is checked against the rows' 총사업비
    const whole = statedAmount(project) === undefined && project.totalCost !== undefined;
    const stated = whole ? project.totalCost : statedAmount(project);
    const amountOf = (line: BudgetLine) =>
      whole ? (line.totalCost ?? rowAmount(line)) : rowAmount(line);
    const children = link.childKeys.flatMap((key) => byKey.get(key) ?? []);
    if (stated === undefined || children.length === 0) return [];
    const sum = children.reduce((total, line) => total + amountOf(line), 0);
    if (sum === stated) return [];
    const unit = children[0]?.statedUnit ?? project.statedUnit ?? '천원';
    const step = MONEY_UNITS[unit] >= 1_000_000 ? MONEY_UNITS[unit] : 0;
    const rounding = Math.abs(stated - sum) <= (children.length / 2) * step;
    const write = (won: number) =>
      formatWonWithUnit(won, unit, { decimals: won % MONEY_UNITS[unit] === 0 ? 0 : 3 });
    const name = quoted(project.project);
    return [
      makeFinding({
        severity: rounding ? 'info' : 'error',
        code: rounding
          ? FINDING_CODES.subprojectTotalRounding
          : FINDING_CODES.subprojectTotalMismatch,
        ko: `세부사업 ${children.length}건의 합계 ${withParticle(write(sum), '이/가')} 사업 ${name}의 금액 ${withParticle(write(stated), '과/와')} ${write(Math.abs(stated - sum))} 다릅니다${rounding ? '(반올림 차이로 보임)' : ''}`,
        en: `Sub-projects add up to ${write(sum)}, but project ${name} states ${write(stated)}${rounding ? ' (within rounding)' : ''}.`,
        stated,
        computed: sum,
        lineKey: project.key,
        source: link.source,
        cells: [
          lineCell(project, '사업비', stated),
          ...children.map((line) => lineCell(line, '예산액', amountOf(line))),
        ],
        arithmetic: sumArithmetic(
          { name: project.project, value: stated },
          children.map((line) => ({ name: line.project, value: amountOf(line) })),
          write,
        ),
        inferred: link.inferred ? [link.inferred] : [],
      }),
    ];
  });
}
