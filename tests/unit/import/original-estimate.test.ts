import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '제301회 한빛시의회 정례회',
    '',
    '2024. 11.',
    '',
    '상수도정책과',
    '',
    '1. 맑은 물 공급',
    '□ 사업개요(2023~2029)',
    'ㅇ 사 업 명 : 강변 취수원 이전사업',
    'ㅇ 사 업 비 : 약 1.8조 원 예상    * 당초 12,450억원(국비 3,735, 기타 8,715)',
    '',
  ].join('\n'),
);

describe('a revised whole cost with the original one in a note after it', () => {
  it('keeps the revised figure as the project’s whole cost, without the note’s funding', () => {
    const revised = report.lines.find((line) => line.project === '강변 취수원 이전사업');
    expect(revised?.totalCost).toBe(1_800_000_000_000);
    expect(revised?.funding).toBeUndefined();
  });

  it('adds the original estimate as a line of its own, with its funding and years', () => {
    const original = report.lines.find((line) => line.project === '강변 취수원 이전사업 (당초)');
    expect(original).toMatchObject({
      fiscalYear: 2025,
      totalCost: 1_245_000_000_000,
      funding: { national: 373_500_000_000, other: 871_500_000_000 },
      period: { from: 2023, to: 2029 },
    });
    expect(original?.parentKey).toBeUndefined();
  });
});
