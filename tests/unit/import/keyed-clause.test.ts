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
    '물류정책과',
    '',
    '1. 스마트 물류 지원',
    'ㅇ (냉동창고 공유) 시장 냉동창고 공유 서비스 운영 확대',
    '<냉동창고 공유서비스 시범사업(’24.~’25.)>',
    '✔ (기본개요) 사업기간(’24.3~’25.6.), 사업비 12억원(국6, 시6), 사업대상(전통시장)',
    '',
    '2. 도시숲 확충',
    'ㅇ 숲속 도서관 공모 선정(’24. 7.) 사업비 80억원(국56, 시24)',
    '- 낡은 공원 활성화를 위한 숲속 도서관 조성',
    '□ 물순환 특화단지 조성',
    '- 서구 바다로 12 일원(A=50,000㎡), 총사업비 640억원(국 256, 시 384)',
    '□ 하천 정비',
    '- 지방하천 정비(5개소), 소요예산 30억원(시비)',
    '',
  ].join('\n'),
);

const lineWith = (amount: number) =>
  report.lines.find(
    (line) => line.totalCost === amount || line.requiredBudget === amount || line.budget === amount,
  );

describe('a keyed statement in the middle of an item', () => {
  it('inside a (label) paragraph is the whole cost of the item heading above it, with its funding', () => {
    const line = lineWith(1_200_000_000);
    expect(line?.totalCost).toBe(1_200_000_000);
    expect(line?.project).toContain('냉동창고 공유서비스 시범사업');
    expect(line?.funding).toEqual({ national: 600_000_000, city: 600_000_000 });
  });

  it('after a parenthesis takes the name the item writes before it', () => {
    const line = lineWith(8_000_000_000);
    expect(line?.totalCost).toBe(8_000_000_000);
    expect(line?.project).toBe('숲속 도서관 공모 선정');
    expect(line?.funding).toEqual({ national: 5_600_000_000, city: 2_400_000_000 });
  });

  it('after a site’s description belongs to the project heading, as its whole cost', () => {
    const line = lineWith(64_000_000_000);
    expect(line?.totalCost).toBe(64_000_000_000);
    expect(line?.project).toBe('물순환 특화단지 조성');
    expect(line?.funding).toEqual({ national: 25_600_000_000, city: 38_400_000_000 });
  });

  it('keyed 소요예산 stays what the year needs, not a whole cost', () => {
    const line = lineWith(3_000_000_000);
    expect(line?.requiredBudget).toBe(3_000_000_000);
    expect(line?.totalCost).toBeUndefined();
  });

  it('raises no error finding', () => {
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
