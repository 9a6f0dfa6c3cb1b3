import { describe, expect, it } from 'vitest';
import {
  allNodes,
  ancestorIds,
  buildHierarchy,
  compareOptional,
  filterLinesWithFamily,
  flattenVisible,
  groupIdsToDepth,
  lineSearchText,
  normalizeSearch,
  sortTree,
  type HierarchyLine,
} from '../../../shared/hierarchy';

function line(fields: Partial<HierarchyLine> & { key: string }): HierarchyLine {
  return { fiscalYear: 2024, project: fields.key, source: { line: 1 }, ...fields };
}

const lines: HierarchyLine[] = [
  line({ key: 'p', project: '청년 일자리 지원', department: '일자리과', budget: 30 }),
  line({ key: 'p1', project: '시설비', department: '일자리과', parentKey: 'p', budget: 10 }),
  line({ key: 'p2', project: '운영비', department: '일자리과', parentKey: 'p', budget: 20 }),
  line({ key: 'q', project: '도서관 운영', department: '문화과', budget: 5 }),
];

describe('flattening and expanding', () => {
  it('shows only roots when nothing is expanded, and children under expanded nodes', () => {
    const tree = buildHierarchy(lines);
    expect(flattenVisible(tree.roots, new Set()).map((n) => n.label)).toEqual([
      '일자리과',
      '문화과',
    ]);
    const open = new Set([...groupIdsToDepth(tree.roots, 0), 'L::p']);
    expect(flattenVisible(tree.roots, open).map((n) => n.label)).toEqual([
      '일자리과',
      '청년 일자리 지원',
      '시설비',
      '운영비',
      '문화과',
      '도서관 운영',
    ]);
  });

  it('lists the ancestors to open to reveal a line', () => {
    const tree = buildHierarchy(lines);
    expect(ancestorIds(tree.byId, 'L::p2')).toEqual(['G|department:일자리과', 'L::p']);
  });
});

describe('walking the tree', () => {
  it('visits every node once, parents first', () => {
    const tree = buildHierarchy(lines);
    const nodes = allNodes(tree.roots);
    expect(nodes.map((n) => n.label)).toEqual([
      '일자리과',
      '문화과',
      '청년 일자리 지원',
      '도서관 운영',
      '시설비',
      '운영비',
    ]);
  });
});

describe('sorting', () => {
  it('sorts siblings at every level and restores the document order after', () => {
    const tree = buildHierarchy(lines);
    const all = new Set(tree.byId.keys());
    sortTree(tree.roots, (a, b) => compareOptional(a.figures.budget, b.figures.budget, 'asc'));
    expect(flattenVisible(tree.roots, all).map((n) => n.label)).toEqual([
      '문화과',
      '도서관 운영',
      '일자리과',
      '청년 일자리 지원',
      '시설비',
      '운영비',
    ]);
    sortTree(tree.roots);
    expect(flattenVisible(tree.roots, all)[0]?.label).toBe('일자리과');
  });

  it('puts missing values last in both directions', () => {
    expect([3, undefined, 1].sort((a, b) => compareOptional(a, b, 'desc'))).toEqual([
      3,
      1,
      undefined,
    ]);
    expect([3, undefined, 1].sort((a, b) => compareOptional(a, b, 'asc'))).toEqual([
      1,
      3,
      undefined,
    ]);
  });
});

describe('quick search', () => {
  it('matches Korean with or without spaces', () => {
    expect(normalizeSearch('구 분')).toBe(normalizeSearch('구분'));
    expect(lineSearchText(lines[0] as HierarchyLine)).toContain(normalizeSearch('청년일자리'));
  });

  it('keeps a matching sub-project’s parent, and a matching project’s sub-projects', () => {
    const bySub = filterLinesWithFamily(lines, (l) => l.project === '운영비');
    expect(bySub.map((l) => l.key)).toEqual(['p', 'p2']);
    const byProject = filterLinesWithFamily(lines, (l) =>
      lineSearchText(l).includes(normalizeSearch('청년 일자리')),
    );
    expect(byProject.map((l) => l.key)).toEqual(['p', 'p1', 'p2']);
  });
});
