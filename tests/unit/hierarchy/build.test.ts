import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FIGURE_FIELDS,
  buildHierarchy,
  expandableIds,
  flattenVisible,
  type Figures,
  type HierarchyLine,
  type TreeNode,
} from '../../../shared/hierarchy';

function line(fields: Partial<HierarchyLine> & { key: string }): HierarchyLine {
  return { fiscalYear: 2024, project: fields.key, source: { line: 1 }, ...fields };
}

const sample: HierarchyLine[] = [
  line({ key: 'a', bureau: '행정국', department: '총무과', budget: 1_000_000 }),
  line({ key: 'a1', bureau: '행정국', department: '총무과', parentKey: 'a', budget: 600_000 }),
  line({ key: 'a2', bureau: '행정국', department: '총무과', parentKey: 'a', budget: 300_000 }),
  line({ key: 'b', bureau: '행정국', department: '재무과', budget: 250_000, spent: 100_000 }),
  line({ key: 'c', bureau: '복지국', department: '복지과', budget: -50_000 }),
];

describe('buildHierarchy', () => {
  it('groups lines by bureau and department and nests sub-projects under their project', () => {
    const tree = buildHierarchy(sample);
    expect(tree.levels).toEqual(['bureau', 'department']);
    expect(tree.roots.map((root) => root.label)).toEqual(['행정국', '복지국']);
    const general = tree.roots[0]?.children[0];
    expect(general?.label).toBe('총무과');
    expect(general?.children[0]?.children.map((child) => child.label)).toEqual(['a1', 'a2']);
  });

  it('keeps a parent line’s stated figure and the sum of its children beside it', () => {
    const tree = buildHierarchy(sample);
    const project = tree.byId.get('L::a');
    expect(project?.figures.budget).toBe(1_000_000);
    expect(project?.computed?.budget).toBe(900_000);
  });

  it('sums groups from what their children show, and the total from the roots', () => {
    const tree = buildHierarchy(sample);
    expect(tree.roots[0]?.figures.budget).toBe(1_250_000);
    expect(tree.roots[0]?.figures.spent).toBe(100_000);
    expect(tree.total?.budget).toBe(1_200_000);
    expect(tree.total?.currentBudget).toBeUndefined();
  });

  it('adds a fiscal-year level only when the lines span more than one year', () => {
    const tree = buildHierarchy([...sample, line({ key: 'd', fiscalYear: 2023, budget: 1 })]);
    expect(tree.levels[0]).toBe('fiscalYear');
    expect(tree.roots.map((root) => root.label)).toEqual(['2024년', '2023년']);
  });

  it('leaves revenue out of the pinned total when expenditure is loaded too', () => {
    const tree = buildHierarchy([
      ...sample,
      line({ key: 'r', category: 'revenue', department: '세무과', budget: 9_999 }),
    ]);
    expect(tree.levels[0]).toBe('category');
    expect(tree.total?.budget).toBe(1_200_000);
  });

  it('makes a department’s own total line the department row, not a child counted twice', () => {
    const tree = buildHierarchy([
      line({ key: 't', project: '총 무 과', department: '총무과', budget: 1_000 }),
      line({ key: 'x', department: '총무과', budget: 600 }),
      line({ key: 'y', department: '총무과', budget: 300 }),
    ]);
    const department = tree.roots[0];
    expect(department?.line?.key).toBe('t');
    expect(department?.children.map((child) => child.label)).toEqual(['x', 'y']);
    expect(department?.figures.budget).toBe(1_000);
    expect(department?.computed?.budget).toBe(900);
    expect(tree.total?.budget).toBe(1_000);
    expect(tree.byId.get('L::t')).toBe(department);
  });

  it('survives a parentKey cycle without losing a line', () => {
    const tree = buildHierarchy([
      line({ key: 'x', parentKey: 'y', budget: 1 }),
      line({ key: 'y', parentKey: 'x', budget: 2 }),
    ]);
    const all = flattenVisible(tree.roots, expandableIds(tree.roots));
    expect(all.filter((node) => node.kind === 'line')).toHaveLength(2);
  });

  it('keeps the same key from two documents apart', () => {
    const tree = buildHierarchy([
      { ...line({ key: 'a', budget: 1 }), documentId: 1 },
      { ...line({ key: 'a', budget: 2 }), documentId: 2 },
    ]);
    expect(tree.levels).toEqual(['document']);
    expect(tree.byId.get('L:1:a')?.figures.budget).toBe(1);
    expect(tree.byId.get('L:2:a')?.figures.budget).toBe(2);
  });
});

const money = fc.option(fc.integer({ min: -1e12, max: 1e12 }), { nil: undefined });
const randomLines = fc
  .array(
    fc.record({
      bureau: fc.option(fc.constantFrom('가국', '나국'), { nil: undefined }),
      department: fc.option(fc.constantFrom('가과', '나과', '다과'), { nil: undefined }),
      fiscalYear: fc.constantFrom(2023, 2024),
      category: fc.option(fc.constantFrom('expenditure', 'revenue') as fc.Arbitrary<'revenue'>, {
        nil: undefined,
      }),
      parent: fc.option(fc.nat(), { nil: undefined }),
      budget: money,
      spent: money,
      national: money,
    }),
    { maxLength: 40 },
  )
  .map((rows) =>
    rows.map((row, index): HierarchyLine => {
      const parentKey =
        row.parent === undefined || index === 0 ? undefined : `k${row.parent % (index + 3)}`;
      return {
        key: `k${index}`,
        project: `사업${index}`,
        fiscalYear: row.fiscalYear,
        bureau: row.bureau,
        department: row.department,
        category: row.category,
        parentKey,
        budget: row.budget,
        spent: row.spent,
        funding: row.national === undefined ? undefined : { national: row.national },
        source: { line: index + 1 },
      };
    }),
  );

function sumOf(nodes: readonly TreeNode[]): Figures {
  const sum: Figures = {};
  for (const node of nodes)
    for (const field of FIGURE_FIELDS) {
      const value = node.figures[field];
      if (value !== undefined) sum[field] = (sum[field] ?? 0) + value;
    }
  return sum;
}

describe('aggregation over random trees', () => {
  it('gives every node with children exactly the sum of its children, unless they span several years or documents', () => {
    fc.assert(
      fc.property(randomLines, (lines) => {
        const tree = buildHierarchy(lines);
        for (const node of tree.byId.values()) {
          if (node.children.length === 0) {
            expect(node.computed).toBeUndefined();
            continue;
          }
          if (!node.scope) {
            // a group over several years or categories adds nothing up
            expect(node.kind).not.toBe('line');
            expect(node.computed).toBeUndefined();
            expect(node.figures.budget).toBeUndefined();
            continue;
          }
          expect(node.computed).toEqual(sumOf(node.children));
          if (!node.line) expect(node.figures).toEqual(node.computed);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('places every line exactly once and counts lines consistently', () => {
    fc.assert(
      fc.property(randomLines, (lines) => {
        const tree = buildHierarchy(lines);
        const shown = flattenVisible(tree.roots, expandableIds(tree.roots));
        const lineRows = shown.filter((node) => node.kind === 'line');
        expect(lineRows).toHaveLength(lines.length);
        expect(new Set(lineRows.map((node) => node.line)).size).toBe(lines.length);
        expect(tree.roots.reduce((count, root) => count + root.lineCount, 0)).toBe(lines.length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives one total per year and category, each the sum of the rows of that scope, and a pinned total only for one', () => {
    fc.assert(
      fc.property(randomLines, (lines) => {
        const tree = buildHierarchy(lines);
        const expected = new Map<string, Figures>();
        for (const total of tree.totals) {
          const key = `${total.scope.fiscalYear}|${total.scope.category}`;
          expect(expected.has(key)).toBe(false);
          expected.set(key, total.figures);
        }
        const covered = tree.totals.filter((total) => total.covered);
        if (covered.length === 1) expect(tree.total).toEqual(covered[0]!.figures);
        else expect(tree.total).toBeUndefined();
        const counted = tree.totals.reduce((count, total) => count + total.lineCount, 0);
        expect(counted).toBe(lines.length);
      }),
      { numRuns: 300 },
    );
  });
});
