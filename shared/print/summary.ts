import type { Comparison, ComparisonRow } from '../compare/types';
import { basesLabel } from '../figures/labels';
import type { FigureBasis } from '../figures/meaning';
import type { LocalizedText } from '../model/localized-text';
import type { MoneyUnit } from '../money/types';
import { formatPercent } from '../money/format';
import { localizedMoney, localizedYearLabel } from '../money/localized';
import { withParticle } from '../text/korean';
import { departmentRowLabel } from '../compare/departments';

/** '1,235천원' / '1,235 thousand won' */
const money = (won: number, unit: MoneyUnit) => localizedMoney(won, unit);
/** a side's label ('2025년', or a document's title) in each language */
const sideName = (label: string) => localizedYearLabel(label);

/** The rows with the largest absolute value in `column`, largest first. */
export function largestBy(
  rows: readonly ComparisonRow[],
  column: string,
  count: number,
): ComparisonRow[] {
  return rows
    .filter((row) => (row.values[column] ?? 0) !== 0)
    .sort((a, b) => Math.abs(b.values[column] ?? 0) - Math.abs(a.values[column] ?? 0))
    .slice(0, count);
}

function findingCounts(rows: readonly ComparisonRow[]) {
  const flags = rows.flatMap((row) => row.flags);
  return { total: flags.length, errors: flags.filter((f) => f.severity === 'error').length };
}

/** '2023년 예산현액 107,000천원' — a side's total named by its side and the fields it took. */
function sideTotal(side: string, bases: readonly FigureBasis[], won: number, unit: MoneyUnit) {
  const what = basesLabel(bases);
  const name = sideName(side);
  const sum = money(won, unit);
  return { ko: `${name.ko} ${what.ko} ${sum.ko}`, en: `${name.en} ${what.en} ${sum.en}` };
}

function movement(before: number, diff: number, rate: number | null, unit: MoneyUnit) {
  const rateText = rate === null ? '' : `(${formatPercent(Math.abs(rate))})`;
  const up = diff > 0;
  const by = money(Math.abs(diff), unit);
  return {
    ko: `${by.ko}${rateText} ${up ? '증가' : '감소'}했습니다`,
    en: `went ${up ? 'up' : 'down'} by ${by.en}${rateText === '' ? '' : ` ${rateText.replace('△', '')}`}`,
    before,
  };
}

/**
 * The total's sentence, naming both sides' figures (2025년 예산현액, 2026년 소요예산). When every
 * row with a figure has a change, the change of the totals; otherwise each side's total as it
 * stands and the change over the rows found on both sides only.
 */
function changeSentence(comparison: Comparison, unit: MoneyUnit): LocalizedText {
  const { totals, primary, sides, rows } = comparison;
  const bases = comparison.bases ?? { before: [], after: [] };
  const before = totals[primary.before] ?? null;
  const after = totals[primary.after] ?? null;
  const diff = totals[primary.difference] ?? null;
  const rate = totals[primary.rate] ?? null;
  const left = sideTotal(sides.before, bases.before, before ?? 0, unit);
  const right = sideTotal(sides.after, bases.after, after ?? 0, unit);
  if (comparison.changeCoverage !== 'matched' && diff !== null && before !== null) {
    if (diff === 0)
      return {
        ko: `합계는 ${left.ko}에서 ${right.ko}으로 변동이 없습니다.`,
        en: `The total is unchanged: ${left.en} against ${right.en}.`,
      };
    const move = movement(before, diff, rate, unit);
    return {
      ko: `합계는 ${left.ko}에서 ${right.ko}으로 ${move.ko}.`,
      en: `The total ${move.en}, from ${left.en} to ${right.en}.`,
    };
  }
  const stand = {
    ko: `합계는 ${before === null ? `${sides.before} 자료 없음` : left.ko}, ${after === null ? `${sides.after} 자료 없음` : right.ko}입니다.`,
    en: `Totals: ${before === null ? `no figures for ${sideName(sides.before).en}` : left.en}; ${after === null ? `no figures for ${sideName(sides.after).en}` : right.en}.`,
  };
  const changed = rows.filter((row) => (row.values[primary.difference] ?? null) !== null);
  if (changed.length === 0 || diff === null)
    return {
      ko: `${stand.ko} 두 자료에 모두 있는 사업이 없어 증감은 계산하지 않았습니다.`,
      en: `${stand.en} No line is in both, so no change is computed.`,
    };
  const base = changed.reduce((sum, row) => sum + (row.values[primary.before] ?? 0), 0);
  const from = money(base, unit);
  const to = money(base + diff, unit);
  if (diff === 0)
    return {
      ko: `${stand.ko} 두 자료에 모두 있는 사업 ${changed.length}개는 ${from.ko}으로 변동이 없습니다.`,
      en: `${stand.en} The ${changed.length} lines in both are unchanged at ${from.en}.`,
    };
  const move = movement(base, diff, rate, unit);
  return {
    ko: `${stand.ko} 두 자료에 모두 있는 사업 ${changed.length}개는 ${from.ko}에서 ${to.ko}으로 ${move.ko}.`,
    en: `${stand.en} The ${changed.length} lines in both ${move.en}, from ${from.en} to ${to.en}.`,
  };
}

/**
 * A paragraph a clerk would write above the table, generated from the figures: how many lines,
 * how many matched, the total change, the largest variances, how many findings.
 */
export function summarizeComparison(
  comparison: Comparison,
  unit: MoneyUnit = '천원',
): LocalizedText {
  if (comparison.kind === 'departments') return summarizeDepartments(comparison, unit);
  const { rows, primary } = comparison;
  const matched = rows.filter((r) => r.status === 'matched' || r.status === 'confirmed').length;
  const onlyBefore = rows.filter((r) => r.status === 'only-before').length;
  const onlyAfter = rows.filter((r) => r.status === 'only-after').length;
  const { before, after } = comparison.sides;
  const [enBefore, enAfter] = [sideName(before).en, sideName(after).en];
  const parts: LocalizedText[] = [
    {
      ko: `${withParticle(before, '과/와')} ${after}의 사업 ${rows.length}개를 비교했습니다(일치 ${matched}개, ${before}에만 ${onlyBefore}개, ${after}에만 ${onlyAfter}개).`,
      en: `${rows.length} lines compared between ${enBefore} and ${enAfter} (${matched} matched, ${onlyBefore} only in ${enBefore}, ${onlyAfter} only in ${enAfter}).`,
    },
  ];
  parts.push(changeSentence(comparison, unit));
  const largest = largestBy(rows, primary.difference, 3);
  if (largest.length > 0) {
    const list = (language: 'ko' | 'en') =>
      largest
        .map((row) => {
          const change = signedMoney(row.values[primary.difference] ?? 0, unit)[language];
          return language === 'ko' ? `${row.label}(${change})` : `${row.label} (${change})`;
        })
        .join(', ');
    parts.push({
      ko: `증감이 큰 사업은 ${list('ko')}입니다.`,
      en: `Largest changes: ${list('en')}.`,
    });
  }
  parts.push(findingSentence(rows));
  return join(parts);
}

function summarizeDepartments(comparison: Comparison, unit: MoneyUnit): LocalizedText {
  const { rows, totals } = comparison;
  const rate = totals.executionRate;
  const budget = comparison.columns.find((column) => column.id === 'budget')?.label ?? {
    ko: '예산',
    en: 'budget',
  };
  const total = money(totals.budget ?? 0, unit);
  const spent =
    totals.spent === null || totals.spent === undefined ? undefined : money(totals.spent, unit);
  const rateText = rate === null || rate === undefined ? undefined : formatPercent(rate);
  // no 집행액 stated is not 0 spent: the sentence then names the budget only
  const parts: LocalizedText[] = [
    spent
      ? {
          ko: `${rows.length}개 부서의 ${budget.ko} 합계는 ${total.ko}, 집행액은 ${spent.ko}${rateText ? `(집행률 ${rateText})` : ''}입니다.`,
          en: `${rows.length} departments: ${budget.en} ${total.en}, spent ${spent.en}${rateText ? ` (${rateText})` : ''}.`,
        }
      : {
          ko: `${rows.length}개 부서의 ${budget.ko} 합계는 ${total.ko}입니다(집행액은 자료에 없음).`,
          en: `${rows.length} departments: ${budget.en} ${total.en} (no spending stated).`,
        },
  ];
  const withRate = rows.filter((row) => row.values.executionRate !== null);
  const lowest = [...withRate].sort(
    (a, b) => (a.values.executionRate ?? 0) - (b.values.executionRate ?? 0),
  )[0];
  if (lowest)
    parts.push({
      ko: `집행률이 가장 낮은 부서는 ${lowest.label}(${formatPercent(lowest.values.executionRate ?? 0)})입니다.`,
      en: `Lowest execution: ${departmentRowLabel(lowest.label).en} (${formatPercent(lowest.values.executionRate ?? 0)}).`,
    });
  const lapse = largestBy(rows, 'projectedLapse', 1)[0];
  if (lapse)
    parts.push({
      ko: `예상 불용액이 가장 큰 부서는 ${lapse.label}(${money(lapse.values.projectedLapse ?? 0, unit).ko})입니다.`,
      en: `Largest projected lapse: ${departmentRowLabel(lapse.label).en} (${money(lapse.values.projectedLapse ?? 0, unit).en}).`,
    });
  parts.push(findingSentence(rows));
  return join(parts);
}

function findingSentence(rows: readonly ComparisonRow[]): LocalizedText {
  const { total, errors } = findingCounts(rows);
  if (total === 0) return { ko: '검토 지적 사항은 없습니다.', en: 'No findings on these lines.' };
  return {
    ko: `검토 지적 사항은 ${total}건(오류 ${errors}건)입니다.`,
    en: `${total} finding${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}).`,
  };
}

/** '+1,200천원' / '△1,200천원' */
export function formatSigned(won: number, unit: MoneyUnit): string {
  return signedMoney(won, unit).ko;
}

/** '+1,200천원' / '△1,200천원', and '+1,200 thousand won' / '-1,200 thousand won' */
function signedMoney(won: number, unit: MoneyUnit): LocalizedText {
  const sum = money(won, unit);
  return won > 0 ? { ko: `+${sum.ko}`, en: `+${sum.en}` } : sum;
}

function join(parts: readonly LocalizedText[]): LocalizedText {
  return { ko: parts.map((p) => p.ko).join(' '), en: parts.map((p) => p.en).join(' ') };
}
