import { describe, expect, it } from 'vitest';
import { buildHierarchy, type HierarchyLine } from '../../../shared/hierarchy';

function line(fields: Partial<HierarchyLine> & { key: string }): HierarchyLine {
  return { fiscalYear: 2025, project: fields.key, source: { line: 1 }, ...fields };
}

describe('a table’s 계 row in the review tree', () => {
  const revenue = [
    line({
      key: 't',
      project: '계',
      department: '복지과',
      category: 'revenue',
      currentBudget: 1_300,
    }),
    line({
      key: 'a',
      project: '세외수입',
      department: '복지과',
      category: 'revenue',
      currentBudget: 300,
    }),
    line({
      key: 'b',
      project: '보조금',
      department: '복지과',
      category: 'revenue',
      currentBudget: 1_000,
    }),
  ];

  it('is the department’s stated total, not a child added to its parts', () => {
    const tree = buildHierarchy([
      ...revenue,
      line({ key: 'x', department: '노인과', category: 'revenue', currentBudget: 5 }),
    ]);
    const department = tree.roots.find((node) => node.label === '복지과')!;
    expect(department.children.map((child) => child.label)).toEqual(['세외수입', '보조금']);
    expect(department.figures.currentBudget).toBe(1_300);
    expect(department.stated?.currentBudget).toBe(1_300);
  });

  it('stays a line when the group holds two tables’ 계 rows (neither is the group’s total)', () => {
    const twice = [
      ...revenue,
      line({
        key: 't2',
        project: '계',
        department: '복지과',
        category: 'revenue',
        currentBudget: 9,
      }),
    ];
    const tree = buildHierarchy(twice);
    const labels = tree.roots[0]!.children.map((child) => child.label);
    expect(labels.filter((label) => label === '계')).toHaveLength(2);
  });
});

describe('the categories of the review tree', () => {
  it('come as 세출, 세입, 회계별 총괄 whatever order the document gives its tables in', () => {
    const tree = buildHierarchy([
      line({ key: 'r', category: 'revenue', department: '복지과', currentBudget: 1 }),
      line({ key: 's', category: 'summary', department: '복지과', currentBudget: 2 }),
      line({ key: 'e', category: 'expenditure', department: '복지과', currentBudget: 3 }),
    ]);
    expect(tree.roots.map((root) => root.value)).toEqual(['expenditure', 'revenue', 'summary']);
  });
});
