import { describe, expect, it } from 'vitest';
import { compareDepartments, compareYearOverYear } from '../../../shared/compare';
import { endsWithConsonant, withParticle } from '../../../shared/text/korean';
import { summarizeComparison } from '../../../shared/print/summary';
import { printFigure, unitLine } from '../../../shared/print/figures';
import type { DocumentMeta } from '../../../shared/model/report';
import { finding, line } from '../compare/lines';

const report = (year: number): DocumentMeta => ({
  title: `${year}년 주요업무 보고`,
  council: '가상구의회',
  bureau: '도시환경국',
  kind: 'report',
  fiscalYears: [year],
  sha256: String(year).repeat(16),
});

describe('comparison summary', () => {
  const grew = line(2024, '공원녹지과', '도시숲 조성', { currentBudget: 130_000_000 });
  const before = [
    line(2023, '공원녹지과', '도시숲 조성', { currentBudget: 100_000_000 }),
    line(2023, '총무과', '청사 도색', { currentBudget: 7_000_000 }),
  ];
  const comparison = compareYearOverYear({
    before: { label: '2023년', lines: before, meta: report(2023) },
    after: { label: '2024년', lines: [grew], findings: [finding(grew)], meta: report(2024) },
  });

  it('states the counts, the total change naming both figures, the largest variances and the findings in Korean', () => {
    expect(summarizeComparison(comparison).ko).toBe(
      '2023년과 2024년의 사업 2개를 비교했습니다(일치 1개, 2023년에만 1개, 2024년에만 0개). ' +
        '합계는 2023년 예산현액 107,000천원에서 2024년 예산현액 130,000천원으로 23,000천원(21.5%) 증가했습니다. ' +
        '증감이 큰 사업은 도시숲 조성(+30,000천원), 청사 도색(△7,000천원)입니다. ' +
        '검토 지적 사항은 1건(오류 1건)입니다.',
    );
  });

  it('without evidence that a project ended, states each side’s total and the change over the projects in both', () => {
    const unrelated = compareYearOverYear({
      before: { label: '2023년', lines: before },
      after: { label: '2024년', lines: [grew] },
    });
    expect(summarizeComparison(unrelated).ko).toBe(
      '2023년과 2024년의 사업 2개를 비교했습니다(일치 1개, 2023년에만 1개, 2024년에만 0개). ' +
        '합계는 2023년 예산현액 107,000천원, 2024년 예산현액 130,000천원입니다. ' +
        '두 자료에 모두 있는 사업 1개는 100,000천원에서 130,000천원으로 30,000천원(30.0%) 증가했습니다. ' +
        '증감이 큰 사업은 도시숲 조성(+30,000천원)입니다. 검토 지적 사항은 없습니다.',
    );
  });

  it('says so when the total decreased, and offers an English version', () => {
    const down = compareYearOverYear({
      before: { label: 'A', lines: [line(2023, '과', '사업', { currentBudget: 2_000_000 })] },
      after: { label: 'B', lines: [line(2024, '과', '사업', { currentBudget: 1_000_000 })] },
    });
    const text = summarizeComparison(down);
    expect(text.ko).toContain('1,000천원(50.0%) 감소했습니다.');
    expect(text.ko).toContain('검토 지적 사항은 없습니다.');
    expect(text.en).toContain('went down by 1,000 thousand won (50.0%)');
    expect(text.en).not.toMatch(/천원|△/); // the project's own name stays Korean
  });

  it('summarises departments by execution and projected lapse', () => {
    const departments = compareDepartments({
      side: {
        label: '보고',
        lines: [
          line(2024, '총무과', 'a', {
            currentBudget: 100_000,
            spent: 90_000,
            projectedSpend: 95_000,
          }),
          line(2024, '재무과', 'b', {
            currentBudget: 100_000,
            spent: 10_000,
            projectedSpend: 40_000,
          }),
        ],
      },
    });
    const text = summarizeComparison(departments).ko;
    expect(text).toContain('2개 부서의 2024년 예산현액 합계는 200천원');
    expect(text).toContain('집행률이 가장 낮은 부서는 재무과(10.0%)');
    expect(text).toContain('예상 불용액이 가장 큰 부서는 재무과(60천원)');
  });

  it('writes the English summary of departments in English: FY, thousand won, and no Korean stand-in names', () => {
    const unnamed = { ...line(2024, '', 'c', { currentBudget: 100_000, spent: 5_000 }) };
    delete unnamed.department;
    const departments = compareDepartments({
      side: {
        label: '보고',
        lines: [line(2024, '총무과', 'a', { currentBudget: 100_000, spent: 90_000 }), unnamed],
      },
    });
    const text = summarizeComparison(departments).en;
    expect(text).toContain('2 departments: FY2024 budget in force 200 thousand won');
    expect(text).toContain('Lowest execution: No department stated (5.0%)');
    expect(text).not.toMatch(/천원|부서 미기재|\d년/);
  });

  it('does not say 집행액 0 when no department states any spending', () => {
    const departments = compareDepartments({
      side: { label: '계획', lines: [line(2026, '총무과', 'a', { requiredBudget: 100_000 })] },
    });
    const text = summarizeComparison(departments);
    expect(text.ko).toContain(
      '1개 부서의 2026년 소요예산 합계는 100천원입니다(집행액은 자료에 없음).',
    );
    expect(text.ko).not.toContain('집행액은 0');
    expect(text.en).toContain('(no spending stated)');
  });
});

describe('print helpers', () => {
  it('prints money in thousand won with △ for negatives and a dash for nothing', () => {
    expect(printFigure(-1_234_000, 'money')).toBe('△1,234');
    expect(printFigure(null, 'rate')).toBe('-');
    expect(printFigure(-12.34, 'rate')).toBe('△12.3%');
    expect(printFigure(12, 'count')).toBe('12');
    expect(unitLine()).toBe('(단위: 천원)');
  });

  it('picks the particle by the final consonant, digits included', () => {
    expect(withParticle('2023년', '과/와')).toBe('2023년과');
    expect(withParticle('계획', '과/와')).toBe('계획과');
    expect(withParticle('보고서', '과/와')).toBe('보고서와');
    expect(endsWithConsonant('2022')).toBe(false);
    expect(endsWithConsonant('2021')).toBe(true);
  });
});
