import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { readFixture } from './fixtures';

const text = readFixture('unseen-county-council-plan.txt');
const report = parseReport(text);
const line = (project: string) => report.lines.find((l) => l.project === project);

describe('a 군의회 plan in 원 and 억원 with 도비/군비 (unseen-county-council-plan.txt)', () => {
  it('reads the 군의회 sitting, the `2024.11.` date and the county apart from its office', () => {
    expect(report.document).toMatchObject({
      title: '2025년도 주요업무 계획',
      council: '푸른군의회',
      session: '제280회 푸른군의회 제1차 정례회',
      date: '2024.11.',
      organization: '푸른군',
      department: '농업기술센터',
      kind: 'plan',
      fiscalYears: [2025],
    });
  });

  it('reads personnel by department with the 계 row and the 비고 notes', () => {
    expect(report.personnel.map((p) => [p.department, p.authorized, p.current, p.surplus])).toEqual(
      [
        ['합계', 42, 40, -2],
        ['농업정책과', 15, 15, 0],
        ['축산과', 12, 11, -1],
        ['기술보급과', 15, 14, -1],
      ],
    );
    expect(report.personnel.find((p) => p.department === '축산과')?.notes).toBe('임기제1');
  });

  it('reads a (단위: 원) summary without rounding its 증감률 to whole won', () => {
    expect(line('일반회계')).toMatchObject({
      fiscalYear: 2025,
      budget: 8_012_340_000,
      previousBudget: 7_650_000_000,
      statedRates: { change: 4.7 },
    });
    expect(line('특별회계')?.statedRates).toEqual({ change: 11.1 });
  });

  it('reads `3억 5천만원` and its parts `도비 1억원, 군비 2억 5천만원`', () => {
    expect(line('스마트팜 보급')).toMatchObject({
      requiredBudget: 350_000_000,
      funding: { province: 100_000_000, district: 250_000_000 },
    });
  });

  it('reads `예산: 48백만원(군비)` as the budget, all from the county', () => {
    expect(line('친환경 농자재 지원')).toMatchObject({
      budget: 48_000_000,
      statedUnit: '백만원',
      funding: { district: 48_000_000 },
    });
  });

  it('reads `사업비 120,000천원 (도비 36,000 / 군비 84,000)` with no colon and slashes', () => {
    expect(line('귀농인 정착 지원')).toMatchObject({
      requiredBudget: 120_000_000,
      funding: { province: 36_000_000, district: 84_000_000 },
    });
  });

  it('reads 억원 with decimals in the total and its parts, 총사업비 as the total cost', () => {
    expect(line('농촌체험 관광 활성화')).toMatchObject({
      totalCost: 1_250_000_000,
      statedUnit: '억원',
      funding: { national: 500_000_000, province: 250_000_000, district: 500_000_000 },
    });
  });

  it('marks `예산 : 없음` and a heading ending in (비예산) as no budget', () => {
    expect(line('농업인 교육')).toMatchObject({ noBudget: true });
    expect(line('로컬푸드 직매장 운영')).toMatchObject({ noBudget: true, fiscalYear: 2025 });
  });

  it('gives eight lines and the budget table’s 합계, no warnings and no findings', () => {
    expect(report.lines).toHaveLength(9);
    expect(report.warnings).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('finds a planted error in the 원 table’s 증감 total', () => {
    const planted = parseReport(text.replace('412,340,000', '412,430,000'));
    const errors = planted.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.source.line)).toContain(24);
  });

  it('finds a planted personnel total that does not add up', () => {
    const planted = parseReport(text.replace('계\t42\t40', '계\t43\t40'));
    expect(planted.findings.some((f) => f.severity === 'error' && f.source.line === 15)).toBe(true);
  });
});
