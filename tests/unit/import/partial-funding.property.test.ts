import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

// Invented plans: statements that name one payer of a larger whole (in percent or in money), and
// yearly tables whose 예산 and 집행 columns each have their own consistent 국비/시비 split.
const partialShare = (total: number) =>
  fc.oneof(
    fc.integer({ min: 1, max: 99 }).map((percent) => `국비 ${percent}%`),
    fc.integer({ min: 1, max: total - 1 }).map((part) => `국 ${part.toLocaleString('en-US')}`),
    fc.integer({ min: 1, max: 99 }).map((percent) => `시비 ${percent}%`),
  );

const statement = fc
  .integer({ min: 2, max: 90_000 })
  .chain((total) => fc.record({ total: fc.constant(total), share: partialShare(total) }));

const split = fc
  .record({
    national: fc.integer({ min: 0, max: 9_000 }),
    city: fc.integer({ min: 1, max: 9_000 }),
  })
  .chain((budget) =>
    fc.record({
      budget: fc.constant(budget),
      spent: fc.record({
        national: fc.integer({ min: 0, max: budget.national }),
        city: fc.integer({ min: 0, max: budget.city }),
      }),
    }),
  );

const n = (value: number) => value.toLocaleString('en-US');

function planText(
  statements: readonly { total: number; share: string }[],
  table: { budget: { national: number; city: number }; spent: { national: number; city: number } },
): string {
  const { budget, spent } = table;
  const sum = (part: { national: number; city: number }) => part.national + part.city;
  return [
    '2025년 주요업무 계획',
    '',
    '가람과',
    '',
    ...statements.flatMap((item, index) => [
      `□ 사업 ${index + 1}`,
      `ㅇ 사업비 : ${n(item.total)}백만원(${item.share})`,
    ]),
    '□ 연차 사업',
    '❖ 사업명 : 연차 사업',
    '(단위: 백만원)',
    '구분\t총사업비\t2024년 예산\t2024년 집행',
    `계\t${n(sum(budget))}\t${n(sum(budget))}\t${n(sum(spent))}`,
    `국비\t${n(budget.national)}\t${n(budget.national)}\t${n(spent.national)}`,
    `시비\t${n(budget.city)}\t${n(budget.city)}\t${n(spent.city)}`,
    '',
  ].join('\n');
}

describe('a consistent plan with partial funding shares', () => {
  it('never yields a funding error, whatever the shares and the spent split', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 4 }), split, (items, table) => {
        const report = parseReport(planText(items, table));
        const errors = report.findings.filter((finding) => finding.severity === 'error');
        expect(errors).toEqual([]);
        for (const line of report.lines)
          if (line.fundingPartial) expect(line.funding).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('keeps each statement’s named share as a partial split of its whole', () => {
    fc.assert(
      fc.property(statement, ({ total, share }) => {
        const report = parseReport(
          planText([{ total, share }], {
            budget: { national: 1, city: 1 },
            spent: { national: 1, city: 1 },
          }),
        );
        const line = report.lines.find((candidate) => candidate.project === '사업 1');
        const parts = Object.values(line?.funding ?? {});
        // a share that comes to a fraction of a won is dropped, never rounded into a split
        if (parts.length === 0) return;
        expect(line?.fundingPartial).toBe(true);
        expect(
          parts.every((part) => Number.isInteger(part) && part > 0 && part < total * 1e6),
        ).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
