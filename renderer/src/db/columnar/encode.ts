/** BudgetLine[] → ColumnarChunk, in one row-major pass with named (monomorphic) property reads. */
import type { BudgetLine } from '@shared/model/report';
import { encodeNumbers, encodeText, type NumberColumn, type TextColumn } from './columns';
import {
  FLAG_FIELDS,
  KNOWN_FIELDS,
  NUMBER_FIELDS,
  TEXT_FIELDS,
  nestedColumn,
  type NestedName,
} from './fields';

export interface ColumnarChunk {
  format: 'columnar';
  count: number;
  numbers: Record<string, NumberColumn | undefined>;
  texts: Record<string, TextColumn | undefined>;
  /** 1 where the line has that nested object */
  present: Partial<Record<NestedName, Uint8Array>>;
  /** values the columns cannot hold (unknown fields, a text in a number field), per row */
  extras?: (Record<string, unknown> | undefined)[];
}

type Row = Record<string, unknown>;

/** whether a source names more than its text line (a page and box, an HWP cell, a sheet row) */
function hasPosition(source: object): boolean {
  for (const field in source) if (field !== 'line' && field !== 'text') return true;
  return false;
}

export function encodeColumnar(lines: readonly BudgetLine[]): ColumnarChunk {
  const count = lines.length;
  const numbers = (names: readonly string[]) =>
    Object.fromEntries(names.map((name) => [name, new Float64Array(count).fill(NaN)]));
  const texts = (names: readonly string[]) =>
    Object.fromEntries(names.map((name) => [name, new Array<unknown>(count).fill(undefined)]));
  const N = numbers(NUMBER_FIELDS) as Record<(typeof NUMBER_FIELDS)[number], Float64Array>;
  const T = texts([...TEXT_FIELDS, ...FLAG_FIELDS]) as Record<string, unknown[]>;
  const F = numbers(['national', 'city', 'province', 'district', 'fund', 'specialGrant', 'other']);
  const R = numbers(['execution', 'obligation', 'projected', 'change']);
  const G = numbers(['min', 'max']);
  const sourceLine = new Float64Array(count).fill(NaN);
  const sourceText = new Array<unknown>(count).fill(undefined);
  const present = {
    funding: new Uint8Array(count),
    statedRates: new Uint8Array(count),
    source: new Uint8Array(count),
    range: new Uint8Array(count),
  };
  let extras: (Row | undefined)[] | undefined;
  const extra = (row: number, field: string, value: unknown) => {
    extras ??= new Array(count).fill(undefined);
    (extras[row] ??= {})[field] = value;
  };
  /** a number for the column; anything else goes to extras (a nested object: whole, as it was) */
  const num = (value: unknown, row: number, field: string, whole?: unknown) => {
    if (typeof value === 'number' && value === value) return value;
    if (value !== undefined) extra(row, field, whole ?? value);
    return NaN;
  };

  for (let i = 0; i < count; i++) {
    const r = lines[i]!;
    N.fiscalYear[i] = num(r.fiscalYear, i, 'fiscalYear');
    N.budget[i] = num(r.budget, i, 'budget');
    N.originalBudget[i] = num(r.originalBudget, i, 'originalBudget');
    N.supplementary[i] = num(r.supplementary, i, 'supplementary');
    N.carriedOver[i] = num(r.carriedOver, i, 'carriedOver');
    N.currentBudget[i] = num(r.currentBudget, i, 'currentBudget');
    N.previousBudget[i] = num(r.previousBudget, i, 'previousBudget');
    N.requiredBudget[i] = num(r.requiredBudget, i, 'requiredBudget');
    N.obligated[i] = num(r.obligated, i, 'obligated');
    N.spent[i] = num(r.spent, i, 'spent');
    N.projectedSpend[i] = num(r.projectedSpend, i, 'projectedSpend');
    N.collected[i] = num(r.collected, i, 'collected');
    T.key![i] = r.key;
    T.bureau![i] = r.bureau;
    T.department![i] = r.department;
    T.project![i] = r.project;
    T.parentKey![i] = r.parentKey;
    T.category![i] = r.category;
    T.leadDepartment![i] = r.leadDepartment;
    T.statedUnit![i] = r.statedUnit;
    T.noBudget![i] = r.noBudget;
    T.approximate![i] = r.approximate;
    T.fromSentence![i] = r.fromSentence;
    const funding = r.funding;
    if (funding) {
      present.funding[i] = 1;
      F.national![i] = num(funding.national, i, 'funding', funding);
      F.city![i] = num(funding.city, i, 'funding', funding);
      F.province![i] = num(funding.province, i, 'funding', funding);
      F.district![i] = num(funding.district, i, 'funding', funding);
      F.fund![i] = num(funding.fund, i, 'funding', funding);
      F.specialGrant![i] = num(funding.specialGrant, i, 'funding', funding);
      F.other![i] = num(funding.other, i, 'funding', funding);
    }
    const rates = r.statedRates;
    if (rates) {
      present.statedRates[i] = 1;
      R.execution![i] = num(rates.execution, i, 'statedRates', rates);
      R.obligation![i] = num(rates.obligation, i, 'statedRates', rates);
      R.projected![i] = num(rates.projected, i, 'statedRates', rates);
      R.change![i] = num(rates.change, i, 'statedRates', rates);
    }
    const source = r.source;
    if (source) {
      present.source[i] = 1;
      sourceLine[i] = num(source.line, i, 'source', source);
      sourceText[i] = source.text;
      if (hasPosition(source)) extra(i, 'source', source);
    }
    const range = r.range;
    if (range) {
      present.range[i] = 1;
      G.min![i] = num(range.min, i, 'range', range);
      G.max![i] = num(range.max, i, 'range', range);
    }
    for (const field in r) if (!KNOWN_FIELDS.has(field)) extra(i, field, (r as Row)[field]);
  }

  const out: ColumnarChunk = { format: 'columnar', count, numbers: {}, texts: {}, present: {} };
  for (const [name, values] of Object.entries(N)) out.numbers[name] = encodeNumbers(values);
  for (const [name, values] of Object.entries(T)) out.texts[name] = encodeText(values);
  const nested: [NestedName, Record<string, Float64Array>][] = [
    ['funding', F],
    ['statedRates', R],
    ['range', G],
  ];
  for (const [name, columns] of nested)
    for (const [field, values] of Object.entries(columns))
      out.numbers[nestedColumn(name, field)] = encodeNumbers(values);
  out.numbers['source.line'] = encodeNumbers(sourceLine);
  out.texts['source.text'] = encodeText(sourceText);
  for (const name of Object.keys(present) as NestedName[])
    if (present[name].includes(1)) out.present[name] = present[name];
  if (extras) out.extras = extras;
  return out;
}
