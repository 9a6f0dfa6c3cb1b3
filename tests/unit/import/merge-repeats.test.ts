import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { mergeRepeatedLines } from '../../../shared/import/merge-repeats';
import type { BudgetLine, Finding } from '../../../shared/model/report';

const line = (key: string, figures: Partial<BudgetLine>, at: number): BudgetLine => ({
  key,
  fiscalYear: 2025,
  department: '복지과',
  project: '돌봄',
  source: { line: at, text: `line ${at}` },
  ...figures,
});

const finding = (lineKey: string): Finding => ({
  severity: 'error',
  code: 'rate-mismatch',
  message: { ko: '다름', en: 'differs' },
  lineKey,
  source: { line: 9 },
});

describe('merging a project read twice (statement and execution-table row)', () => {
  it('merges disjoint figures into the first line and keeps the second source in alsoAt', () => {
    const merged = mergeRepeatedLines(
      [
        line('2025|복지과|돌봄', { requiredBudget: 100_000, funding: { district: 100_000 } }, 3),
        line('2025|복지과|돌봄#2', { currentBudget: 100_000, spent: 40_000 }, 9),
      ],
      [finding('2025|복지과|돌봄#2')],
    );
    expect(merged.lines).toHaveLength(1);
    expect(merged.lines[0]).toMatchObject({
      key: '2025|복지과|돌봄',
      requiredBudget: 100_000,
      currentBudget: 100_000,
      spent: 40_000,
      funding: { district: 100_000 },
      source: { line: 3 },
      alsoAt: [{ line: 9, text: 'line 9' }],
    });
    expect(merged.findings[0]?.lineKey).toBe('2025|복지과|돌봄');
  });

  it('keeps both lines when a figure conflicts', () => {
    const merged = mergeRepeatedLines(
      [
        line('2025|복지과|돌봄', { currentBudget: 100_000 }, 3),
        line('2025|복지과|돌봄#2', { currentBudget: 90_000 }, 9),
      ],
      [],
    );
    expect(merged.lines.map((l) => l.key)).toEqual(['2025|복지과|돌봄', '2025|복지과|돌봄#2']);
  });

  it('keeps both lines when the two statements give different whole costs or periods', () => {
    const costs = mergeRepeatedLines(
      [
        line('2025|복지과|돌봄', { totalCost: 106_900 }, 3),
        line('2025|복지과|돌봄#2', { totalCost: 495_700, funding: { national: 196_200 } }, 9),
      ],
      [],
    );
    expect(costs.lines.map((l) => l.totalCost)).toEqual([106_900, 495_700]);
    expect(costs.lines[0]?.funding).toBeUndefined();
    const periods = mergeRepeatedLines(
      [
        line('2025|복지과|돌봄', { period: { from: 2017, to: 2027 } }, 3),
        line('2025|복지과|돌봄#2', { period: { from: 2023, to: 2031 } }, 9),
      ],
      [],
    );
    expect(periods.lines).toHaveLength(2);
  });

  it('takes the whole cost and period of the second statement when the first has none', () => {
    const merged = mergeRepeatedLines(
      [
        line('2025|복지과|돌봄', { budget: 100_000 }, 3),
        line('2025|복지과|돌봄#2', { totalCost: 900_000, period: { from: 2024, to: 2027 } }, 9),
      ],
      [],
    );
    expect(merged.lines).toHaveLength(1);
    expect(merged.lines[0]).toMatchObject({
      budget: 100_000,
      totalCost: 900_000,
      period: { from: 2024, to: 2027 },
    });
  });

  it("points a merged line's children at the merged key", () => {
    const merged = mergeRepeatedLines(
      [
        line('2025|복지과|돌봄', { requiredBudget: 100_000 }, 3),
        line('2025|복지과|돌봄#2', { spent: 10 }, 9),
        line('2025|복지과|돌봄|상담', { budget: 5, parentKey: '2025|복지과|돌봄#2' }, 10),
      ],
      [],
    );
    expect(merged.lines.map((l) => l.key)).toEqual(['2025|복지과|돌봄', '2025|복지과|돌봄|상담']);
    expect(merged.lines[1]?.parentKey).toBe('2025|복지과|돌봄');
  });

  it('shows each project of the shipped sample once, with its budget and its execution together', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../../assets/samples/sample-report.txt'),
      'utf8',
    );
    const report = parseReport(text, { fileName: 'sample-report.txt' });
    const elderly = report.lines.filter(
      (l) => l.project === '어르신 일자리 확대' && l.fiscalYear === 2025,
    );
    expect(elderly).toHaveLength(1);
    expect(elderly[0]?.requiredBudget).toBeGreaterThan(0);
    expect(elderly[0]?.spent).toBeGreaterThan(0);
    expect(elderly[0]?.alsoAt?.length).toBe(1);
    const keys = new Set(report.lines.map((l) => l.key));
    for (const f of report.findings) if (f.lineKey) expect(keys.has(f.lineKey)).toBe(true);
    for (const l of report.lines) if (l.parentKey) expect(keys.has(l.parentKey)).toBe(true);
  });
});
