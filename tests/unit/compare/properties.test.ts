import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareYearOverYear, matchLines, nameSimilarity } from '../../../shared/compare';
import { charsSimilarity, nameChars } from '../../../shared/compare/name-similarity';
import { line } from './lines';

const NAMES = [
  '도시숲 조성',
  '도시 숲조성',
  '경로당 지원',
  '경로당지원 사업',
  '하천 정비',
  '도서관',
];
const DEPARTMENTS = ['공원녹지과', '복지정책과'];

const arbitraryLine = (year: number) =>
  fc
    .record({
      department: fc.constantFrom(...DEPARTMENTS),
      project: fc.constantFrom(...NAMES),
      budget: fc.option(fc.integer({ min: -1e9, max: 1e12 }), { nil: undefined }),
    })
    .map(({ department, project, budget }) =>
      line(year, department, project, budget === undefined ? {} : { currentBudget: budget }),
    );

const sides = fc.record({
  before: fc.array(arbitraryLine(2023), { maxLength: 12 }),
  after: fc.array(arbitraryLine(2024), { maxLength: 12 }),
  acceptFirst: fc.boolean(),
});

describe('year-over-year matching properties', () => {
  it('puts every input line in exactly one pair, matched or unmatched', () => {
    fc.assert(
      fc.property(sides, ({ before, after, acceptFirst }) => {
        const first = matchLines(before, after).suggestions[0];
        const decisions = first && acceptFirst ? [{ ...first, accepted: true }] : [];
        const { pairs } = matchLines(before, after, decisions);
        const seenBefore = pairs.flatMap((pair) => (pair.before ? [pair.before] : []));
        const seenAfter = pairs.flatMap((pair) => (pair.after ? [pair.after] : []));
        expect(new Set(seenBefore).size).toBe(before.length);
        expect(seenBefore).toHaveLength(before.length);
        expect(new Set(seenAfter).size).toBe(after.length);
        expect(seenAfter).toHaveLength(after.length);
      }),
      { numRuns: 300 },
    );
  });

  it('has totals of differences equal to the difference of totals, and no NaN anywhere', () => {
    fc.assert(
      fc.property(sides, ({ before, after }) => {
        const comparison = compareYearOverYear({
          before: { label: 'a', lines: before },
          after: { label: 'b', lines: after },
        });
        const sum = comparison.rows.reduce((total, row) => total + (row.values.difference ?? 0), 0);
        const { before: totalBefore, after: totalAfter } = comparison.totals;
        expect(sum).toBe((totalAfter ?? 0) - (totalBefore ?? 0));
        for (const row of comparison.rows)
          for (const value of Object.values(row.values))
            expect(value === null || Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('name similarity for the matcher', () => {
  it('gives the same value over prepared names as over the names themselves', () => {
    const name = fc.string({
      unit: fc.constantFrom('도', '시', '숲', ' ', '조', '성', '·', 'ㆍ', 'A'),
    });
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(charsSimilarity(nameChars(a), nameChars(b))).toBeCloseTo(nameSimilarity(a, b), 12);
      }),
      { numRuns: 300 },
    );
  });
});
