import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { readFixture } from './fixtures';

const text = readFixture('unseen-province-council-report.txt');
const report = parseReport(text);
const line = (project: string) => report.lines.find((l) => l.project === project);

describe('a 도의회 bureau report with a one-line unit-project table (unseen-province-council-report.txt)', () => {
  it('reads the 도의회 sitting, the `2024년 11월` date and the province apart from its bureau', () => {
    expect(report.document).toMatchObject({
      title: '기획조정실 주요업무 보고',
      council: '한결도의회',
      session: '제398회 한결도의회 제2차 정례회',
      date: '2024년 11월',
      organization: '한결도',
      bureau: '기획조정실',
      kind: 'report',
      fiscalYears: [2024, 2025],
    });
  });

  it('reads personnel by 직급 with the 계 row', () => {
    expect(report.personnel.map((p) => [p.grade, p.authorized, p.current, p.surplus])).toEqual([
      ['계', 64, 61, -3],
      ['4급', 5, 5, 0],
      ['5급', 15, 14, -1],
      ['6급이하', 44, 42, -2],
    ]);
  });

  it('reads 집행액(date) as spent and 예상집행액 as the projection, rates as percents', () => {
    expect(line('정책기획')).toMatchObject({
      fiscalYear: 2024,
      bureau: '기획조정실',
      budget: 4_000_000_000,
      spent: 2_800_000_000,
      projectedSpend: 3_960_000_000,
      statedRates: { execution: 70, projected: 99 },
    });
  });

  it('reads `35.2억원(국 10억, 도 25.2억)` in the 2024 section, 도 as the province’s money', () => {
    expect(line('지역균형 발전사업')).toMatchObject({
      fiscalYear: 2024,
      requiredBudget: 3_520_000_000,
      funding: { national: 1_000_000_000, province: 2_520_000_000 },
    });
  });

  it('links a 단위사업 › 세부사업 table with 소계 rows to its project, one level at a time', () => {
    const project = line('지역균형 발전사업')!;
    const unit = report.lines.find((l) => l.parentKey === project.key)!;
    expect(unit).toMatchObject({
      project: '지역균형 발전',
      budget: 3_520_000_000,
      spent: 2_816_000_000,
    });
    expect(
      report.lines.filter((l) => l.parentKey === unit.key).map((l) => [l.project, l.budget]),
    ).toEqual([
      ['생활기반 정비', 2_520_000_000],
      ['지역특화 사업', 1_000_000_000],
    ]);
  });

  it('finds a planted 세부사업 that breaks its 소계', () => {
    const planted = parseReport(text.replace('생활기반 정비\t2,520', '생활기반 정비\t2,620'));
    const errors = planted.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.code)).toContain('total-mismatch');
    expect(errors.some((f) => f.source.line === 50)).toBe(true);
  });

  it('moves to 2025 at Ⅲ and makes the 세부사업 amounts child lines of the 총사업비', () => {
    const parent = line('청년 일자리 지원')!;
    expect(parent).toMatchObject({
      fiscalYear: 2025,
      totalCost: 2_400_000_000,
      funding: { national: 1_200_000_000, province: 1_200_000_000 },
    });
    const children = report.lines.filter((l) => l.parentKey === parent.key);
    expect(children.map((c) => [c.project, c.totalCost, c.fiscalYear])).toEqual([
      ['청년 창업 지원', 1_400_000_000, 2025],
      ['청년 인턴십', 1_000_000_000, 2025],
    ]);
    expect(line('재정 건전성 관리')).toMatchObject({ fiscalYear: 2025, noBudget: true });
  });

  it('does not take one-syllable sources (국, 도) for typos', () => {
    expect(report.findings.filter((f) => f.code === 'name-typo-funding')).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('finds the planted 집행액 total (6,300 stated, 6,400 summed) and nothing else', () => {
    expect(report.findings.map((f) => [f.severity, f.code, f.source.line, f.stated])).toEqual([
      ['error', 'total-mismatch', 34, 6_300_000_000],
    ]);
  });

  it('finds no errors once the total is corrected', () => {
    const fixed = parseReport(text.replace('9,000\t6,300\t70.0', '9,000\t6,400\t71.1'));
    expect(fixed.findings).toEqual([]);
  });
});
