import { describe, expect, it } from 'vitest';
import {
  compareDepartments,
  comparePlanVsResults,
  compareYearOverYear,
  formatChange,
  formatComparisonValue,
  rowConclusionLabel,
} from '../../../shared/compare';
import { summarizeComparison } from '../../../shared/print/summary';
import { cityDepartment, sample, side, tourism2025, tourism2026, 천원 } from './invented-pairs';

const row = (rows: { label: string }[], label: string) => rows.find((r) => r.label === label)!;

describe('the bundled sample, 2025 results against its 2026 plan', () => {
  const comparison = compareYearOverYear({
    before: side(sample, 1, '2025년', 2025),
    after: side(sample, 1, '2026년', 2026),
  });

  it('shows the plan’s 소요예산 for 2026 and the change from the 2025 예산현액, naming both', () => {
    const care = row(comparison.rows, '한빛 복지 통합 돌봄 운영') as (typeof comparison.rows)[0];
    expect(care.values.before).toBe(천원(1_250_000));
    expect(care.values.after).toBe(천원(1_380_000));
    expect(care.values.difference).toBe(천원(130_000));
    expect(care.values.rate).toBeCloseTo(10.4, 1);
    expect(care.bases).toEqual({ before: 'currentBudget', after: 'requiredBudget' });
    expect(comparison.columns.map((column) => column.label.ko).slice(0, 2)).toEqual([
      '2025년 예산현액·소요예산',
      '2026년 소요예산',
    ]);
  });

  it('totals each year as the sample states it: 2026’s five 소요예산 (the 비예산 project adds nothing)', () => {
    // 1,380,000 + 300,000 + 3,600,000 + 52,000 + 540,000 천원, read from Ⅲ of the sample
    expect(comparison.totals.after).toBe(천원(5_872_000));
    // 1,250,000 + 184,600 + 3,420,000 + 620,000 + 512,000 + 1,022,400 천원 and 48,500원
    expect(comparison.totals.before).toBe(천원(7_009_000) + 48_500);
  });

  it('draws no 종료 or 신규 from a plan of another scope, and invents no −100%', () => {
    expect(comparison.evidence).toMatchObject({
      sameDocument: true,
      before: 'report',
      after: 'plan',
      concludes: false,
    });
    const foodBank = row(comparison.rows, '희망 나눔 푸드뱅크 지원') as (typeof comparison.rows)[0];
    expect(foodBank.conclusion).toBe('absent-later');
    expect(rowConclusionLabel(foodBank)?.ko).toBe('이후 자료에 없음');
    expect(foodBank.values.difference).toBeNull();
    const village = row(comparison.rows, '마을복지 특화사업 지원') as (typeof comparison.rows)[0];
    expect(rowConclusionLabel(village)?.ko).toBe('이전 자료에 없음');
    expect(comparison.rows.some((r) => r.conclusion === 'ended' || r.conclusion === 'new')).toBe(
      false,
    );
    expect(comparison.rows.some((r) => r.values.rate === -100)).toBe(false);
    const text = summarizeComparison(comparison).ko;
    expect(text).not.toContain('에서 0천원으로');
    expect(text).not.toContain('100.0%');
    expect(text).toContain('2026년 소요예산 5,872,000천원');
    expect(text).toContain('두 자료에 모두 있는 사업 4개는');
  });
});

describe('부서별 on the bundled sample', () => {
  it('gives every department a budget: the 2025 세출 총괄’s 예산현액 by default', () => {
    const comparison = compareDepartments({ side: side(sample, 1, '예시') });
    expect(comparison.years?.after).toBe(2025);
    expect(comparison.fiscalYears).toEqual([2025, 2026]);
    expect(comparison.columns[0]!.label.ko).toBe('2025년 예산현액');
    const budgets = Object.fromEntries(comparison.rows.map((r) => [r.label, r.values.budget]));
    expect(budgets).toEqual({
      복지정책과: 천원(18_420_500),
      어르신복지과: 천원(24_310_000),
      가족정책과: 천원(12_845_000),
    });
    expect(row(comparison.rows, '복지정책과')).toMatchObject({
      values: { spent: 천원(14_880_200) },
    });
  });

  it('keeps the year it is asked for, and then shows the plan’s 소요예산, labelled so', () => {
    const comparison = compareDepartments({ side: side(sample, 1, '예시'), fiscalYear: 2026 });
    expect(comparison.years?.after).toBe(2026);
    expect(comparison.columns[0]!.label.ko).toBe('2026년 소요예산');
    const budgets = Object.fromEntries(comparison.rows.map((r) => [r.label, r.values.budget]));
    expect(budgets).toEqual({
      복지정책과: 천원(1_380_000 + 300_000),
      어르신복지과: 천원(3_600_000 + 52_000),
      가족정책과: 천원(540_000),
    });
    expect(comparison.totals.executionRate).toBeNull();
  });
});

describe('one department in two years (새별시 관광정책과, plans for 2025 and 2026)', () => {
  const comparison = compareYearOverYear({
    before: side(tourism2025, 1, '2025년', 2025),
    after: side(tourism2026, 2, '2026년', 2026),
  });

  it('compares plan with plan and, with that evidence, calls a dropped project 종료 and a new one 신규', () => {
    expect(comparison.evidence).toMatchObject({
      sameOrganization: true,
      sameOffice: true,
      before: 'plan',
      after: 'plan',
      concludes: true,
    });
    const night = row(comparison.rows, '야간관광 활성화') as (typeof comparison.rows)[0];
    expect(night.values).toMatchObject({ before: 천원(450_000), after: 천원(480_000) });
    expect(night.values.difference).toBe(천원(30_000));
    const bus = row(comparison.rows, '시티투어 버스 운영') as (typeof comparison.rows)[0];
    expect(rowConclusionLabel(bus)?.ko).toBe('종료');
    expect(formatChange(bus.values.difference, bus.values.rate)).toBe('△210,000 / △100.0%');
    const wellness = row(comparison.rows, '웰니스 관광 육성') as (typeof comparison.rows)[0];
    expect(rowConclusionLabel(wellness)?.ko).toBe('신규');
    expect(comparison.changeCoverage).toBe('all');
    // 480,000 + 500,000 + 150,000 − (450,000 + 520,000 + 210,000) 천원
    expect(comparison.totals.difference).toBe(천원(-50_000));
  });

  it('sets the 2025 plan against the 2025 results the 2026 plan reports', () => {
    const planned = comparePlanVsResults({
      plan: side(tourism2025, 1, '2025 계획'),
      results: side(tourism2026, 2, '2026 계획'),
    });
    expect(planned.years).toEqual({ before: 2025, after: 2025 });
    const night = row(planned.rows, '야간관광 활성화') as (typeof planned.rows)[0];
    expect(night.values).toMatchObject({
      planned: 천원(450_000),
      budget: 천원(450_000),
      difference: 0,
      spent: 천원(360_000),
      executionRate: 80,
    });
    expect(night.bases).toEqual({ planned: 'requiredBudget', budget: 'budget' });
  });
});

describe('an unrelated pair: a city’s department against a 구’s bureau', () => {
  it('yields no 종료 or 신규 and no change for projects found on one side', () => {
    const comparison = compareYearOverYear({
      before: side(cityDepartment, 1, '2024년', 2024),
      after: side(sample, 2, '2025년', 2025),
    });
    expect(comparison.evidence).toMatchObject({ sameOrganization: false, concludes: false });
    for (const r of comparison.rows) {
      expect(r.conclusion === 'ended' || r.conclusion === 'new').toBe(false);
      if (r.status !== 'matched' && r.status !== 'confirmed')
        expect(r.values.difference).toBeNull();
    }
  });
});

describe('comparison figures as text', () => {
  it('prints negatives with △ in the table as the summary does, and a dash for no figure', () => {
    expect(formatComparisonValue(-1_022_400_000, 'money')).toBe('△1,022,400');
    expect(formatComparisonValue(-100, 'rate')).toBe('△100.0%');
    expect(formatComparisonValue(null, 'money')).toBe('-');
    expect(formatComparisonValue(-5, 'money', { negative: 'minus', unit: '원' })).toBe('-5');
    expect(formatChange(-1_022_400_000, -100)).toBe('△1,022,400 / △100.0%');
  });
});
