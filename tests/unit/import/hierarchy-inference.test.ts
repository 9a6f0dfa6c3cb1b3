import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferHierarchy } from '../../../shared/import/interpret/hierarchy';
import { readFixture } from './fixtures';
import { parseTable, shiftCell } from '../../fixtures/reports/hierarchy-tables';

// 계 | A (= A1 + A2) | A1 | A2 | B (= B1 + B2) | B1 | B2, in three columns
const NESTED = [
  [100, 130, 30],
  [60, 70, 10],
  [25, 30, 4],
  [35, 40, 6],
  [40, 60, 20],
  [15, 22, 5],
  [25, 38, 15],
];
const NESTED_PARENTS = [undefined, 0, 1, 1, 0, 4, 4];

describe('deciding a hierarchy from all money columns together', () => {
  it('keeps the structure when one figure of a child is wrong', () => {
    const rows = NESTED.map((row) => [...row]);
    rows[2]![1] = 33; // A1's second column is off by 3
    expect(inferHierarchy(rows, { totalIndex: 0 })).toEqual(NESTED_PARENTS);
  });

  it('keeps the structure when one figure of a subtotal or of the total is wrong', () => {
    for (const [row, column] of [
      [1, 0],
      [4, 2],
      [0, 1],
    ] as const) {
      const rows = NESTED.map((figures) => [...figures]);
      rows[row]![column] = rows[row]![column]! * 5 + 1;
      expect(inferHierarchy(rows, { totalIndex: 0 })).toEqual(NESTED_PARENTS);
    }
  });

  it('keeps the structure of a two-column table when one figure is far off', () => {
    const rows = NESTED.map((row) => row.slice(0, 2));
    rows[5]![0] = 150; // B1's first column, ten times too large
    expect(inferHierarchy(rows, { totalIndex: 0 })).toEqual(NESTED_PARENTS);
  });

  it('keeps only the groupings a one-column table proves when one figure is off', () => {
    // with a single column nothing can outvote A2's wrong figure: A is read as a plain row (its
    // items under 계, where the audit flags 계), while B = B1 + B2 still holds and is kept
    const rows = NESTED.map((row) => row.slice(0, 1));
    rows[3]![0] = 36;
    expect(inferHierarchy(rows, { totalIndex: 0 })).toEqual([undefined, 0, 0, 0, 0, 4, 4]);
  });

  it('stays flat when a row equals the sum of the next two in one column only', () => {
    // 30 = 10 + 20 in the first column, but not in the others: a coincidence, not a subtotal
    const rows = [
      [65, 80, 12],
      [30, 41, 3],
      [10, 9, 2],
      [20, 17, 5],
      [5, 13, 2],
    ];
    expect(inferHierarchy(rows, { totalIndex: 0 })).toEqual([undefined, 0, 0, 0, 0]);
  });

  it('stays flat rather than nesting when the only nesting leaves the total unexplained', () => {
    // single column: 30 = 10 + 20 would leave 계 (65) as 35; the flat reading explains 계
    expect(inferHierarchy([[65], [30], [10], [20], [5]], { totalIndex: 0 })).toEqual([
      undefined,
      0,
      0,
      0,
      0,
    ]);
  });

  it('stays flat when every row repeats the same figure, even under a wrong total', () => {
    // each row equals the next one: pairs would "hold", but one row over an identical one proves
    // nothing, so the reading with the total over every row wins (and the audit flags the total)
    for (const total of [40 * 1000, 40 * 1000 + 5]) {
      const rows = [[total], ...Array.from({ length: 40 }, () => [1000])];
      expect(inferHierarchy(rows, { totalIndex: 0 })).toEqual([
        undefined,
        ...rows.slice(1).map(() => 0),
      ]);
    }
  });

  it('never nests a flat table whose rows are unrelated, in any number of columns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.array(
            fc.array(fc.integer({ min: 1, max: 1_000_000 }), {
              minLength: width,
              maxLength: width,
            }),
            {
              minLength: 2,
              maxLength: 25,
            },
          ),
        ),
        fc.nat(),
        (items, seed) => {
          // plant a coincidence in the first column: some row equals the sum of the two after it
          const planted = items.map((row) => [...row]);
          const at = items.length >= 3 ? seed % (items.length - 2) : -1;
          if (at >= 0) planted[at]![0] = planted[at + 1]![0]! + planted[at + 2]![0]!;
          const total = planted[0]!.map((_, column) =>
            planted.reduce((sum, row) => sum + row[column]!, 0),
          );
          const parents = inferHierarchy([total, ...planted], { totalIndex: 0 });
          expect(parents).toEqual([undefined, ...planted.map(() => 0)]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A deterministic hierarchy of about `size` rows (depth ≤ 4, 2–5 items a group), three columns. */
function bigHierarchy(size: number): { rows: number[][]; parents: (number | undefined)[] } {
  let seed = 20_240_601;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const rows: number[][] = [[]];
  const parents: (number | undefined)[] = [undefined];
  const build = (parent: number, depth: number): number[] => {
    const index = rows.length;
    rows.push([]);
    parents.push(parent);
    let sums = [0, 0, 0];
    if (depth >= 4 || random() < 0.4 || rows.length > size) {
      sums = sums.map(() => Math.floor(random() * 1_000_000) + 1);
    } else {
      const count = 2 + Math.floor(random() * 4);
      for (let item = 0; item < count; item++) {
        const child = build(index, depth + 1);
        sums = sums.map((value, column) => value + child[column]!);
      }
    }
    rows[index] = sums;
    return sums;
  };
  let total = [0, 0, 0];
  while (rows.length < size) {
    const child = build(0, 1);
    total = total.map((value, column) => value + child[column]!);
  }
  rows[0] = total;
  return { rows, parents };
}

describe('a table of a few hundred rows', () => {
  it('is read whole, and keeps its structure under one wrong figure', () => {
    const { rows, parents } = bigHierarchy(300);
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(inferHierarchy(rows, { totalIndex: 0 })).toEqual(parents);
    for (const row of [1, 150, rows.length - 1]) {
      const mutated = rows.map((figures) => [...figures]);
      mutated[row]![1] = mutated[row]![1]! + 777;
      expect(inferHierarchy(mutated, { totalIndex: 0 })).toEqual(parents);
    }
  });
});

/** Rows of the invented revenue fixture, by label, and the index of each one's parent. */
const REVENUE = readFixture('hierarchy-revenue.txt');
const REVENUE_PARENTS = {
  계: undefined,
  지방세수입: '계',
  보통세: '지방세수입',
  주민세: '보통세',
  재산세: '보통세',
  목적세: '지방세수입',
  지역자원시설세: '목적세',
  세외수입: '계',
  경상적세외수입: '세외수입',
  사용료수입: '경상적세외수입',
  수수료수입: '경상적세외수입',
  임시적세외수입: '세외수입',
  재산매각수입: '임시적세외수입',
  기타수입: '임시적세외수입',
  과년도수입: '임시적세외수입',
  보조금: '계',
  국고보조금: '보조금',
  시비보조금: '보조금',
} as const;

function parentLabels(parsed: ReturnType<typeof parseTable>): Record<string, string | undefined> {
  const { table } = parsed;
  return Object.fromEntries(
    table.rows.map((row) => [
      row.label,
      row.parentIndex === undefined ? undefined : table.rows[row.parentIndex]?.label,
    ]),
  );
}

describe('one wrong cell in an invented hierarchical revenue table', () => {
  const clean = parseTable(REVENUE, '세외수입');
  const lines = REVENUE.split('\n');
  const moneyColumns = clean.table.columns.flatMap((column, index) =>
    column.role === 'label' ? [] : [index],
  );

  it('reads the consistent table as the hierarchy it was written as, with no errors', () => {
    expect(parentLabels(clean)).toEqual(REVENUE_PARENTS);
    expect(clean.errors).toEqual([]);
  });

  // every cell, shifted by 1천원 (the smallest error) and by a large amount
  const cases = clean.table.rows.flatMap((row, rowIndex) =>
    moneyColumns.flatMap((column) =>
      [1, -730_000].map((delta) => ({ row, rowIndex, column, delta })),
    ),
  );

  it.each(
    cases.map((c) => [c.row.label, clean.table.columns[c.column]!.label, c.delta, c] as const),
  )(
    'points at %s (%s shifted by %i) or its direct parent only',
    (_label, _column, _delta, { row, rowIndex, column, delta }) => {
      const mutated = [...lines];
      const at = row.source.line - 1;
      mutated[at] = shiftCell(mutated[at]!, column, delta);
      const parsed = parseTable(mutated.join('\n'), '세외수입');
      expect(parentLabels(parsed)).toEqual(REVENUE_PARENTS);
      const parent = clean.parents[rowIndex];
      const allowed = [row.source.line];
      if (parent !== undefined) allowed.push(clean.table.rows[parent]!.source.line);
      expect(parsed.errors.length).toBeGreaterThanOrEqual(1);
      // the row's own total and change, and its parent's total: nothing else can be wrong
      expect(parsed.errors.length).toBeLessThanOrEqual(3);
      for (const error of parsed.errors) {
        expect(allowed).toContain(error.source.line);
        expect(Math.abs(error.difference ?? 0)).toBe(Math.abs(delta) * 1000);
      }
    },
  );
});
