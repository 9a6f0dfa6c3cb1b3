import { describe, expect, it } from 'vitest';
import { compareYearOverYear } from '../../../shared/compare';
import { finding, line } from './lines';

const park2023 = line(2023, '공원녹지과', '도시숲 조성', { currentBudget: 100_000_000 });
const park2024 = line(2024, '공원녹지과', '도시 숲 조성', { currentBudget: 130_000_000 });
const lamps2023 = line(2023, '건설관리과', '스마트 가로등 설치', { budget: 50_000_000 });
const lamps2024 = line(2024, '건설관리과', '스마트가로등 설치사업', { budget: 40_000_000 });
const dropped = line(2023, '총무과', '청사 도색', { currentBudget: 7_000_000 });
const created = line(2024, '총무과', '민원실 리모델링', { currentBudget: 9_000_000 });

const sides = (decisions = [] as { beforeKey: string; afterKey: string; accepted: boolean }[]) =>
  compareYearOverYear({
    before: { label: '2023년', lines: [park2023, lamps2023, dropped] },
    after: {
      label: '2024년',
      lines: [park2024, lamps2024, created],
      findings: [finding(park2024)],
    },
    decisions,
  });

describe('year-over-year comparison', () => {
  it('matches the same project across years by its key without the year', () => {
    const row = sides().rows.find((r) => r.label === '도시 숲 조성')!;
    expect(row.status).toBe('matched');
    expect(row.values).toMatchObject({ before: 100_000_000, after: 130_000_000 });
    expect(row.values.difference).toBe(30_000_000);
    expect(row.values.rate).toBeCloseTo(30, 10);
  });

  it('carries the findings about the newer line as flags', () => {
    const row = sides().rows.find((r) => r.label === '도시 숲 조성')!;
    expect(row.flags.map((f) => f.code)).toEqual(['rate-mismatch']);
    expect(row.sources.map((s) => s.side)).toEqual(['before', 'after']);
  });

  it('lists projects found on one side only instead of dropping them', () => {
    const comparison = sides();
    const onlyBefore = comparison.rows.filter((r) => r.status === 'only-before');
    const onlyAfter = comparison.rows.filter((r) => r.status === 'only-after');
    expect(onlyBefore.map((r) => r.label).sort()).toEqual(['스마트 가로등 설치', '청사 도색']);
    expect(onlyAfter.map((r) => r.label).sort()).toEqual([
      '민원실 리모델링',
      '스마트가로등 설치사업',
    ]);
    // without the documents' metadata nothing says the project ended: no change is invented
    const droppedRow = onlyBefore.find((r) => r.label === '청사 도색')!;
    expect(droppedRow.conclusion).toBe('absent-later');
    expect(droppedRow.values).toEqual({
      before: 7_000_000,
      after: null,
      difference: null,
      rate: null,
    });
  });

  it('suggests a slightly renamed project in the same department, not an unrelated one', () => {
    const { suggestions } = sides();
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({
      beforeKey: lamps2023.key,
      afterKey: lamps2024.key,
      department: '건설관리과',
    });
  });

  it('matches a confirmed suggestion and stops suggesting it', () => {
    const comparison = sides([
      { beforeKey: lamps2023.key, afterKey: lamps2024.key, accepted: true },
    ]);
    const row = comparison.rows.find((r) => r.status === 'confirmed')!;
    expect(row.values).toMatchObject({ before: 50_000_000, after: 40_000_000 });
    expect(row.values.difference).toBe(-10_000_000);
    expect(comparison.suggestions).toEqual([]);
  });

  it('keeps a rejected suggestion apart and never suggests it again', () => {
    const comparison = sides([
      { beforeKey: lamps2023.key, afterKey: lamps2024.key, accepted: false },
    ]);
    expect(comparison.suggestions).toEqual([]);
    expect(comparison.rows.filter((r) => r.status.startsWith('only-'))).toHaveLength(4);
  });

  it('gives a null rate, never NaN or Infinity, when last year had no budget', () => {
    const comparison = compareYearOverYear({
      before: { label: 'a', lines: [line(2023, '과', '사업', { currentBudget: 0 })] },
      after: { label: 'b', lines: [line(2024, '과', '사업', { currentBudget: 5_000 })] },
    });
    expect(comparison.rows[0]!.values).toMatchObject({ difference: 5_000, rate: null });
  });

  it('compares two fiscal years inside one document', () => {
    const both = [park2023, line(2024, '공원녹지과', '도시숲 조성', { currentBudget: 90_000_000 })];
    const comparison = compareYearOverYear({
      before: { label: '2023년', lines: both, fiscalYear: 2023 },
      after: { label: '2024년', lines: both, fiscalYear: 2024 },
    });
    expect(comparison.rows).toHaveLength(1);
    expect(comparison.totals).toMatchObject({ difference: -10_000_000, rate: -10 });
  });

  it('leaves sub-projects out unless asked', () => {
    const child = { ...line(2024, '공원녹지과', '시설비'), parentKey: park2024.key };
    const input = {
      before: { label: 'a', lines: [park2023] },
      after: { label: 'b', lines: [park2024, child] },
    };
    expect(compareYearOverYear(input).rows).toHaveLength(1);
    expect(compareYearOverYear({ ...input, withChildren: true }).rows).toHaveLength(2);
  });

  it('leaves out a department’s total line when its projects are listed, so nothing counts twice', () => {
    const comparison = compareYearOverYear({
      before: {
        label: '2023년',
        lines: [park2023, line(2023, '공원녹지과', '공원녹지과', { currentBudget: 100_000_000 })],
      },
      after: {
        label: '2024년',
        lines: [park2024, line(2024, '공원녹지과', '공원녹지과', { currentBudget: 130_000_000 })],
      },
    });
    expect(comparison.rows.map((row) => row.label)).toEqual(['도시 숲 조성']);
    expect(comparison.totals.difference).toBe(30_000_000);
  });
});
