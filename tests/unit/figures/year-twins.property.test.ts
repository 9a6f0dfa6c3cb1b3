import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresByScope, twinParentKeys, withTwinParents } from '../../../shared/figures';
import {
  buildHierarchy,
  filterLinesWithFamily,
  type HierarchyLine,
} from '../../../shared/hierarchy';

/**
 * A 세입 table read for two years (`2023 최종예산 | 2024 예산현액`): each row gives a 2024 line,
 * linked to its parent row, and a 2023 line from the same row that names no parent.
 */
const tree = fc.array(fc.record({ parent: fc.nat(), was: fc.integer({ min: 0, max: 1e9 }) }), {
  minLength: 1,
  maxLength: 12,
});

function linesOf(rows: readonly { parent: number; was: number }[]): HierarchyLine[] {
  // a row's parent is an earlier row, or none (the first row, and a row whose pick is itself)
  const parentOf = rows.map((row, index) => (index === 0 ? -1 : row.parent % (index + 1)));
  parentOf.forEach((pick, index) => {
    if (pick === index) parentOf[index] = -1;
  });
  const lines: HierarchyLine[] = [];
  rows.forEach((row, index) => {
    const common = {
      documentId: 1,
      category: 'revenue' as const,
      bureau: '주민복지국',
      project: `수입${index}`,
      source: { line: 10 + index },
    };
    const now: HierarchyLine = {
      ...common,
      key: `2024||수입${index}`,
      fiscalYear: 2024,
      currentBudget: row.was + 1,
    };
    if (parentOf[index]! >= 0) now.parentKey = `2024||수입${parentOf[index]}`;
    lines.push(now, {
      ...common,
      key: `2023||수입${index}`,
      fiscalYear: 2023,
      currentBudget: row.was,
    });
  });
  return lines;
}

/** What the 2023 column states as a whole: its top rows (rows with no parent row). */
const statedTop = (lines: readonly HierarchyLine[], year: number) =>
  lines
    .filter((line) => line.fiscalYear === year && line.parentKey === undefined)
    .reduce((sum, line) => sum + (line.currentBudget ?? 0), 0);

describe('a row read for several years stands in the same place in every year', () => {
  it('gives each unlinked year twin the parent row’s line of its own year', () => {
    const lines = linesOf([
      { parent: 0, was: 10 },
      { parent: 0, was: 4 },
      { parent: 1, was: 3 },
    ]);
    const keys = twinParentKeys(lines);
    expect(keys).toEqual([
      undefined,
      undefined,
      undefined,
      '2023||수입0',
      undefined,
      '2023||수입1',
    ]);
  });

  it('leaves lines of other rows, names or documents alone', () => {
    const lines = linesOf([
      { parent: 0, was: 10 },
      { parent: 0, was: 4 },
    ]);
    const other = { ...lines[3]!, documentId: 2 }; // another document's line of that row
    const renamed = { ...lines[3]!, project: '다른 수입' };
    const moved = { ...lines[3]!, source: { line: 99 } };
    expect(twinParentKeys([...lines.slice(0, 3), other])[3]).toBeUndefined();
    expect(twinParentKeys([...lines.slice(0, 3), renamed])[3]).toBeUndefined();
    expect(twinParentKeys([...lines.slice(0, 3), moved])[3]).toBeUndefined();
  });

  it('each year’s total in the tree and in the domain is its top rows’ sum, never parts added to wholes', () => {
    fc.assert(
      fc.property(tree, (rows) => {
        const lines = linesOf(rows);
        const linked = withTwinParents(lines);
        for (const year of [2023, 2024]) {
          const expected = statedTop(linked, year);
          const domain = figuresByScope(lines).find((scope) => scope.scope.fiscalYear === year);
          const grid = buildHierarchy(lines).totals.find(
            (total) => total.scope.fiscalYear === year,
          );
          expect(domain?.figures.yearBudget).toBe(expected);
          expect(grid?.meaning.yearBudget).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a search that keeps some rows of a year never adds a kept part to its kept whole', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.nat(), { maxLength: 6 }), (rows, picks) => {
        const linked = withTwinParents(linesOf(rows));
        const wanted = new Set(picks.map((pick) => `수입${pick % rows.length}`));
        const kept = filterLinesWithFamily(
          linked.filter((line) => line.fiscalYear === 2023),
          (line) => wanted.has(line.project),
        );
        const keys = new Set(kept.map((line) => line.key));
        const tops = kept.filter((line) => !line.parentKey || !keys.has(line.parentKey));
        const expected = tops.reduce((sum, line) => sum + (line.currentBudget ?? 0), 0);
        const total = buildHierarchy(kept).totals[0];
        if (kept.length === 0) expect(total).toBeUndefined();
        else expect(total?.meaning.yearBudget).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
