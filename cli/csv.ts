import { inertCell } from '../shared/export/inert-cell';
import { BASIS_LABEL } from '../shared/figures/labels';
import { yearBudgetOf } from '../shared/figures/meaning';
import type { BudgetLine } from '../shared/model/report';

type Column = [header: string, value: (line: BudgetLine) => string | number | undefined];

const CATEGORY: Record<string, string> = { expenditure: '세출', revenue: '세입', summary: '총괄' };

const COLUMNS: Column[] = [
  ['키', (l) => l.key],
  ['회계연도', (l) => l.fiscalYear],
  ['국', (l) => l.bureau],
  ['부서', (l) => l.department],
  ['사업', (l) => l.project],
  ['상위 키', (l) => l.parentKey],
  ['구분', (l) => CATEGORY[l.category ?? 'expenditure']],
  ['주관부서', (l) => l.leadDepartment],
  ['비예산', (l) => (l.noBudget ? '예' : undefined)],
  ['예산액(원)', (l) => l.budget],
  ['본예산(원)', (l) => l.originalBudget],
  ['추경(원)', (l) => l.supplementary],
  ['이월(원)', (l) => l.carriedOver],
  ['예산현액(원)', (l) => l.currentBudget],
  ['전년도 예산(원)', (l) => l.previousBudget],
  ['소요예산(원)', (l) => l.requiredBudget],
  // the figure every screen shows as the year's budget, and which column it came from
  ['그 해 예산(원)', (l) => yearBudgetOf(l)?.value],
  ['그 해 예산 기준', (l) => basisName(l)],
  ['원인행위(원)', (l) => l.obligated],
  ['지출(원)', (l) => l.spent],
  ['예상집행액(원)', (l) => l.projectedSpend],
  ['징수액(원)', (l) => l.collected],
  ['국비(원)', (l) => l.funding?.national],
  ['시비(원)', (l) => l.funding?.city],
  ['도비(원)', (l) => l.funding?.province],
  ['구·군비(원)', (l) => l.funding?.district],
  ['기금(원)', (l) => l.funding?.fund],
  ['특교금(원)', (l) => l.funding?.specialGrant],
  ['기타 재원(원)', (l) => l.funding?.other],
  ['범위 최소(원)', (l) => l.range?.min],
  ['범위 최대(원)', (l) => l.range?.max],
  ['어림값', (l) => (l.approximate ? '예' : undefined)],
  ['기재 단위', (l) => l.statedUnit],
  ['집행률(기재, %)', (l) => l.statedRates?.execution],
  ['원인행위율(기재, %)', (l) => l.statedRates?.obligation],
  ['예상집행률(기재, %)', (l) => l.statedRates?.projected],
  ['증감률(기재, %)', (l) => l.statedRates?.change],
  ['원문 줄', (l) => l.source.line],
  ['원문', (l) => l.source.text],
];

function basisName(line: BudgetLine): string | undefined {
  const figure = yearBudgetOf(line);
  return figure ? BASIS_LABEL[figure.basis].ko : undefined;
}

/** One CSV field: inert (a text cell never starts a formula; numbers are written as numbers), quoted when needed. */
function escape(value: string | number | undefined): string {
  const text = inertCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Budget lines as CSV: UTF-8 with a BOM (so Excel reads Korean), Korean headers, money in won.
 * Every figure is a number value here; every text goes through inertCell (see shared/export).
 */
export function linesToCsv(lines: readonly BudgetLine[]): string {
  const rows = [
    COLUMNS.map(([header]) => escape(header)),
    ...lines.map((line) => COLUMNS.map(([, value]) => escape(value(line)))),
  ];
  return `\ufeff${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}
