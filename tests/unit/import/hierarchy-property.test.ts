import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseTable,
  reportWithTable,
  shiftCell,
  type TableRowSpec,
} from '../../fixtures/reports/hierarchy-tables';

/** A generated revenue item: a leaf with its own figures, or a group of 1–3 items. */
type Item = { leaf: [number, number, number] } | { items: Item[] };

const figure = fc.integer({ min: 1, max: 9_999_999 });
const leaf = fc.tuple(figure, figure, figure).map((figures): Item => ({ leaf: figures }));
const item: fc.Memo<Item> = fc.memo((depth): fc.Arbitrary<Item> =>
  depth <= 1
    ? leaf
    : fc.oneof(
        leaf,
        fc.array(item(depth - 1), { minLength: 1, maxLength: 3 }).map((items): Item => ({ items })),
      ),
);
/** the 계 row's items: with 계 itself at depth 0, rows reach depth 4 at most */
const tree = fc
  .array(item(4), { minLength: 1, maxLength: 4 })
  .filter((items) => count(items) <= 60);

function count(items: readonly Item[]): number {
  return items.reduce((sum, it) => sum + 1 + ('items' in it ? count(it.items) : 0), 0);
}

interface Flattened {
  rows: TableRowSpec[];
  parents: (number | undefined)[];
}

/** Rows in outline order (a parent right above its items), 전년도 / 올해 / 증감 / 징수 figures. */
function flatten(items: readonly Item[]): Flattened {
  const rows: TableRowSpec[] = [];
  const parents: (number | undefined)[] = [];
  const visit = (it: Item, parent: number): [number, number, number] => {
    const index = rows.length;
    rows.push({ label: '', figures: [] });
    parents.push(parent);
    const sums: [number, number, number] =
      'leaf' in it
        ? it.leaf
        : it.items
            .map((child) => visit(child, index))
            .reduce((a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]], [0, 0, 0]);
    rows[index] = { label: `세목${index}`, figures: withChange(sums) };
    return sums;
  };
  rows.push({ label: '계', figures: [] });
  parents.push(undefined);
  const total = items
    .map((it) => visit(it, 0))
    .reduce((a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]], [0, 0, 0]);
  rows[0] = { label: '계', figures: withChange(total) };
  return { rows, parents };
}

function withChange([previous, current, collected]: [number, number, number]): number[] {
  return [previous, current, current - previous, collected];
}

/** A group of one item prints the same figures twice, so the two rows could swap levels. */
function hasSingleItemGroup(items: readonly Item[]): boolean {
  return items.some(
    (it) => 'items' in it && (it.items.length === 1 || hasSingleItemGroup(it.items)),
  );
}

/**
 * Whether `parents` explains the figures as well as the generated structure: every row but 계
 * has a parent, and every row with items equals their sum in every column.
 */
function explainsAll(rows: readonly TableRowSpec[], parents: readonly (number | undefined)[]) {
  if (parents.some((parent, index) => index > 0 && parent === undefined)) return false;
  return rows.every((row, index) => {
    const items = rows.filter((_, child) => parents[child] === index);
    if (items.length === 0) return true;
    return row.figures.every(
      (value, column) => items.reduce((sum, it) => sum + it.figures[column]!, 0) === value,
    );
  });
}

const HEADER = ['과 목', '전년도 예산', '2024년 예산', '증감액', '징수액'];
const HEADER_LINES = 13;

describe('hierarchy inference over generated consistent revenue tables', () => {
  it('reproduces the generated structure, and the audit finds nothing wrong', () => {
    fc.assert(
      fc.property(tree, (items) => {
        const { rows, parents } = flatten(items);
        const parsed = parseTable(reportWithTable(HEADER, rows), '계');
        expect(parsed.errors).toEqual([]);
        // with a one-item group, the same sums may be read with a row one level up or down
        if (hasSingleItemGroup(items)) expect(explainsAll(rows, parsed.parents)).toBe(true);
        else expect(parsed.parents).toEqual(parents);
      }),
      { numRuns: 200 },
    );
  });

  /*
   * The bound: a wrong cell in row r breaks at most the sum of r's own items (when r is a
   * subtotal), the sum r belongs to (r's parent), and r's 증감 = 올해 − 전년도 (when the cell is in
   * one of those three columns). So at most three errors, on r's line and its parent's line only:
   * never a cascade up the chain or across columns, because the structure does not move.
   */
  it('pins one wrong cell to its row and its direct parent, with at most three errors', () => {
    fc.assert(
      fc.property(
        tree,
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.boolean(),
        (items, rowSeed, column, size, down) => {
          const { rows, parents } = flatten(items);
          const row = rowSeed % rows.length;
          const lines = reportWithTable(HEADER, rows).split('\n');
          const at = HEADER_LINES + row;
          lines[at] = shiftCell(lines[at]!, column, down ? -size : size);
          const parsed = parseTable(lines.join('\n'), '계');
          // the structure read from the wrong table still explains the right figures
          expect(explainsAll(rows, parsed.parents)).toBe(true);
          if (!hasSingleItemGroup(items)) expect(parsed.parents).toEqual(parents);
          const parent = parsed.parents[row];
          const allowed = [at + 1, ...(parent === undefined ? [] : [HEADER_LINES + parent + 1])];
          expect(parsed.errors.length).toBeGreaterThanOrEqual(1);
          expect(parsed.errors.length).toBeLessThanOrEqual(3);
          for (const error of parsed.errors) {
            expect(allowed).toContain(error.source.line);
            expect(Math.abs(error.difference ?? 0)).toBe(size * 1000);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
