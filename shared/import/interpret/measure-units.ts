/**
 * Tables that state no money unit but say, in their headers or a column of their own, that their
 * figures are measures: `하천연장 (㎞)`, `개수현황(㎞, 양안)`; a `기준(단위)` column holding `%`,
 * `ppm/8h`, `kg/일-인`. Their figures are never won (read as 천원 they would be budgets of
 * hundreds of thousands of won for a river's length or a pollutant's level).
 */
import type { TableUnit } from '../../money/types';
import { compact } from '../../text/compact';
import type { TableBlock } from '../blocks/types';

/** a measure written in a header's parentheses: `(㎞)`, `(개소)`, `(㎞, 양안)`, `(%)` */
const MEASURE_IN_HEADER =
  /[(（]\s*((?:천|만)?\s*(?:명|건|개소|개|권|회|가구|세대|곳|종|대|척|㎞|km|㎢|㎡|㎥|ha|m|톤|%|％))\s*(?:[,，][^)）]*)?[)）]/;

/** a header that names money: then a measure beside it (`사업량(개소)`) does not make it a count table */
const MONEY_HEADER =
  /예산|사업비|금액|[가-힣]액|국비|시비|도비|구비|군비|기금|세입|세출|재원|집행|투자|보조|원\)|원）|천원|백만원|억원/;

/** a unit written in a cell of a `단위` column: `%`, `9ppm/8h`, `50㎍/㎥·년`, `kg/일-인` */
const MEASURE_CELL =
  /%|％|ppm|ppb|㎍|㎎|mg|μg|kg|㎏|톤|㎞|km|㎡|㎥|㎢|ha|℃|dB|명|건|개소|회|\/|^[A-Za-z]+$/;
const MONEY_CELL = /원|₩/;

function label(text: string): string {
  return compact(text);
}

/**
 * `하천연장 (㎞)` beside `하천수 (개소)`, and no header naming money: a table of measures when every
 * column that holds figures says in its header (or its group's) what it measures.
 */
function headerMeasures(table: TableBlock): TableUnit | null {
  const labels = table.columnLabels.map(label);
  if (labels.some((text) => MONEY_HEADER.test(text))) return null;
  const words = new Set<string>();
  for (let column = 0; column < labels.length; column++) {
    const figures = table.rows.some((row) => /\d/.test(row.cells[column]?.text ?? ''));
    if (!figures) continue;
    const measure = MEASURE_IN_HEADER.exec(labels[column]!);
    if (!measure) return null;
    words.add(measure[1]!.replace(/\s+/g, ''));
  }
  return words.size > 0 ? { kind: 'count', label: [...words].join(',') } : null;
}

/** A `단위` / `기준(단위)` column whose cells are units of measure, none of them money. */
function unitColumn(table: TableBlock): TableUnit | null {
  const column = table.columnLabels.findIndex((text) => /단위/.test(label(text)));
  if (column < 0) return null;
  const units = table.rows
    .map((row) => (row.cells[column]?.text ?? '').trim())
    .filter((text) => text !== '' && text !== '-');
  if (units.length === 0 || units.some((text) => MONEY_CELL.test(text))) return null;
  if (!units.every((text) => MEASURE_CELL.test(text))) return null;
  return { kind: 'count', label: [...new Set(units)].join(',') };
}

/** `11종`, `1.03억 어절`, `750시간`: a figure with the word it counts, none of them won */
const COUNTED_CELL = /^[△-]?\s*\d[\d,.]*\s*((?:천|만|억)?\s*(?!원)[가-힣]+)/;
/** how many counted cells make a table of counts, not a stray note in a money table */
const COUNTED_CELLS = 3;

/**
 * `‘18년 | ‘19년 | …` over `11종 | 7종 | 8종`, `0.31억 어절 | 18억 어절`: every figure cell says what it
 * counts and none is a bare figure or won; a dash there is nothing, never a budget of 0.
 */
function countedCells(table: TableBlock): TableUnit | null {
  let counted = 0;
  const words = new Set<string>();
  for (const row of table.rows)
    for (const cell of row.cells.slice(1)) {
      const text = cell.text.trim();
      if (!/\d/.test(text)) continue;
      const word = COUNTED_CELL.exec(text)?.[1];
      if (MONEY_CELL.test(text) || word === undefined) return null;
      words.add(word.replace(/\s+/g, ''));
      counted++;
    }
  return counted >= COUNTED_CELLS ? { kind: 'count', label: [...words].join(',') } : null;
}

export function measureUnit(table: TableBlock): TableUnit | null {
  return headerMeasures(table) ?? unitColumn(table) ?? countedCells(table);
}
