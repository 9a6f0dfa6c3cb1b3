import { parseTableUnit } from '../../money/parse';
import type { MoneyUnit, TableUnit } from '../../money/types';
import type { BudgetLine } from '../../model/report';
import { compact } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import { measureUnit } from './measure-units';
import { isTotalLabel } from './names';

/** `예산액(백만원)`, `금액 (천원)`: a unit written in the column headers instead of a unit line. */
function headerUnit(table: TableBlock): TableUnit | null {
  for (const label of table.columnLabels) {
    const match = /[(（](조원|십억원|억원|백만원|천원|원)[)）]/.exec(label);
    if (match) return { kind: 'money', unit: match[1] as MoneyUnit };
  }
  return null;
}

const BARE_FIGURE = /^[△▲-]?\s*(\d{1,3}(?:,\d{3})+|\d+)$/;
/** `5,830,000원*12개월`, `1인x1,140,000원x12개월`: figures chained by `*`/`x`, each with its word. */
const CHAIN =
  /\d[\d,]*(?:\.\d+)?[ \t]*[가-힣]{0,2}(?:[ \t]*[*xX×][ \t]*\d[\d,]*(?:\.\d+)?[ \t]*[가-힣]{0,2})*/g;

/** The won amounts a cell writes: `N원` alone, or the product of a chain with a term in 원. */
function wonAmounts(text: string): number[] {
  const amounts: number[] = [];
  for (const chain of text.match(CHAIN) ?? []) {
    const terms = chain.split(/[*xX×]/).map((term) => /^\s*([\d,.]+)\s*([가-힣]*)\s*$/.exec(term));
    if (!terms.some((term) => term?.[2] === '원')) continue;
    const product = terms.reduce(
      (value, term) => value * Number((term?.[1] ?? 'NaN').replace(/,/g, '')),
      1,
    );
    if (Number.isFinite(product)) amounts.push(Math.round(product));
  }
  return amounts;
}

/**
 * A table that states no unit but writes its figures out in 원 in its own cells: a row whose
 * working (`운영비 5,830,000원*12개월`) comes to a bare figure of that row (`69,960,000`).
 */
function cellUnit(table: TableBlock): TableUnit | null {
  for (const row of table.rows) {
    const figures = new Set<number>();
    for (const cell of row.cells) {
      const bare = BARE_FIGURE.exec(cell.text.trim());
      if (bare) figures.add(Number(bare[1]!.replace(/,/g, '')));
    }
    if (figures.size === 0) continue;
    for (const cell of row.cells) {
      if (BARE_FIGURE.test(cell.text.trim())) continue;
      if (wonAmounts(cell.text).some((won) => won >= 10_000 && figures.has(won)))
        return { kind: 'money', unit: '원' };
    }
  }
  return null;
}

/** `시내버스(대)`, `통행량(천통행, 1일)`, `분담률 (%)`: a row label ending in what the row counts */
const COUNTED_IN_LABEL =
  /[(（]\s*((?:천|만)?\s*(?:명|건수|건|개소|개|권|횟수|회|가구|세대|곳|종|대|척|인|부|동|통행|%|％|㎞|km|㎢|㎡|㎥|ha|m|톤))\s*(?:[,，][^)）]*)?[)）]\s*$/;

/** `개소`, `면적`, `연장`: a row label that is itself the measure the row counts, with no money word */
const MEASURE_LABEL =
  /^(?:개소|개수|건수|인원|면적|연장|길이|수량|횟수|대수|가구수|세대수|개소수|노선수?)(?:\s*[(（][^)）]*[)）])?$/;

/** `재결액(억원)`: a row label naming its own money unit */
const MONEY_IN_LABEL = /[(（]\s*(?:조원|억원|백만원|천원|원)\s*[)）]\s*$/;

/** What a row label says the row counts (`대` for `시내버스(대)`, `개소` for `개소`), if it does. */
function countedWord(label: string): string | null {
  const counted = COUNTED_IN_LABEL.exec(label);
  if (counted) return counted[1]!.replace(/\s+/g, '');
  const measure = MEASURE_LABEL.exec(compact(label));
  if (!measure) return null;
  const inParentheses = /[(（]([^)）]*)[)）]/.exec(label);
  return inParentheses ? inParentheses[1]!.trim() : compact(label);
}

/**
 * A table that states no unit but names what each row counts in its label (`시내버스(대)`,
 * `마을버스(대)`, with a 합계 row over them; `개소`, `면적(㎢)`): a table of counts, never money
 * read as 천원.
 */
function rowLabelUnit(table: TableBlock): TableUnit | null {
  const words = new Set<string>();
  for (const row of table.rows) {
    if (!row.cells.some((cell) => /\d/.test(cell.text))) continue;
    const label = row.groupLabel.trim() || (row.cells[0]?.text ?? '').trim();
    if (isTotalLabel(label)) continue;
    const counted = countedWord(label);
    // `재결액(억원)` beside `사업수(건수)`: a row in a unit of its own among rows of counts
    if (!counted && !MONEY_IN_LABEL.test(label)) return null;
    if (counted) words.add(counted);
  }
  return words.size > 0 ? { kind: 'count', label: [...words].join(',') } : null;
}

export function unitOf(table: TableBlock): TableUnit | null {
  return (
    parseTableUnit(table.unit?.text ?? '') ??
    parseTableUnit(table.caption?.text ?? '') ??
    headerUnit(table) ??
    cellUnit(table) ??
    rowLabelUnit(table) ??
    measureUnit(table)
  );
}

export function hasExplicitMoney(table: TableBlock): boolean {
  return table.rows.some((row) =>
    row.cells.some((cell) =>
      /^[△-]?\s*[\d,.]+\s*(?:천원|백만원|억원|십억원|원)$/.test(cell.text.trim()),
    ),
  );
}

export function categoryOf(table: TableBlock, labels: readonly string[]): BudgetLine['category'] {
  const caption = compact(table.caption?.text ?? '');
  if (/세입/.test(caption) || labels.some((label) => /세외수입|지방세|세입|교부금$/.test(label)))
    return 'revenue';
  if (labels.some((label) => /^(?:일반회계|특별회계|기금|총계|재원)$/.test(label)))
    return 'summary';
  return 'expenditure';
}
