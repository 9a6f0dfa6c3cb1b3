import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { ParsedReportSchema } from '../../../shared/model/report';
import { readFixture } from './fixtures';

describe('a plan with 1. / 가. / ㅇ headings and nested amounts (heading-styles.txt)', () => {
  const report = parseReport(readFixture('heading-styles.txt'));

  it('reads the cover and the section year', () => {
    expect(report.document).toMatchObject({
      title: '2025년도 주요업무 계획',
      council: '한빛구의회',
      session: '제301회 한빛구의회 제2차 정례회',
      date: '2024. 11.',
      department: '문화관광과',
      kind: 'plan',
      fiscalYears: [2025],
    });
  });

  it('ties 총 96,000천원(시비 60,000, 구비 36,000) to the 가. project, parts inheriting 천원', () => {
    const festival = report.lines.find((line) => line.project === '한빛 거리축제 개최')!;
    expect(festival).toMatchObject({
      requiredBudget: 96_000_000,
      funding: { city: 60_000_000, district: 36_000_000 },
    });
    const children = report.lines.filter((line) => line.parentKey === festival.key);
    expect(children.map((c) => [c.project, c.requiredBudget])).toEqual([
      ['주민 설명회', 4_500_000],
      ['축제 운영', 91_500_000],
    ]);
  });

  it('marks 비예산 as no budget and 약 as approximate', () => {
    expect(report.lines.find((l) => l.project === '생활문화센터 운영')).toMatchObject({
      noBudget: true,
    });
    expect(report.lines.find((l) => l.project === '한빛 둘레길 안내판 정비')).toMatchObject({
      approximate: true,
      requiredBudget: 150_000_000,
    });
  });

  it('reads a personnel table with 정원/현원/과부족 as columns and △ surpluses', () => {
    expect(report.personnel.find((row) => row.grade === '7급')).toMatchObject({
      authorized: 5,
      current: 4,
      surplus: -1,
    });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('treats the page number as noise, not a warning', () => {
    expect(report.warnings).toEqual([]);
  });
});

describe('a report with two-line table headers (two-line-header.txt)', () => {
  const report = parseReport(readFixture('two-line-header.txt'));

  it('reads this year and last year from dated columns, with the change rate', () => {
    expect(report.lines.find((l) => l.project === '일반회계')).toMatchObject({
      budget: 5_000_000_000,
      previousBudget: 4_800_000_000,
      statedRates: { change: 4.2 },
      category: 'summary',
    });
  });

  it('reads 집행액 split into 2월말 and 연말(예상) under a merged header', () => {
    expect(
      report.lines.find((l) => l.project === '어르신 돌봄' && l.spent !== undefined),
    ).toMatchObject({
      budget: 700_000_000,
      spent: 200_000_000,
      projectedSpend: 680_000_000,
      statedRates: { execution: 28.6 },
    });
  });

  it('finds every figure consistent and keys unique', () => {
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(new Set(report.lines.map((l) => l.key)).size).toBe(report.lines.length);
    expect(ParsedReportSchema.safeParse(report).success).toBe(true);
  });
});

describe('a mixed results + plan report (mixed-results-plan.txt)', () => {
  const report = parseReport(readFixture('mixed-results-plan.txt'));

  it('covers both fiscal years', () => {
    expect(report.document.fiscalYears).toEqual([2024, 2025]);
  });

  it('gives the same project a line per year, keyed by year', () => {
    const forest = report.lines.filter((l) => l.project === '도시숲 조성');
    expect(forest.map((l) => [l.fiscalYear, l.requiredBudget])).toEqual([
      [2024, 1_200_000_000],
      [2025, 1_500_000_000],
    ]);
    expect(forest[0]!.key).toBe('2024|환경녹지과|도시숲조성');
    expect(forest[1]!.key).toBe('2025|환경녹지과|도시숲조성');
  });

  it('reads 본예산 + 추경 under a single source', () => {
    expect(report.lines[0]).toMatchObject({
      originalBudget: 1_000_000_000,
      supplementary: 200_000_000,
      funding: { district: 1_200_000_000 },
    });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('tables that state their unit and department in the columns', () => {
  const text = [
    '2025년도 주요업무 계획',
    '',
    '제1회 한빛구의회 임시회',
    '',
    '□ 부서별 주요사업',
    '',
    '사업명\t부서\t예산액(백만원)\t비고',
    '계\t\t1,500\t',
    '청년 창업 지원\t일자리정책과\t900\t',
    '전통시장 주차장\t지역경제과\t600\t신규',
  ].join('\n');
  const report = parseReport(text);

  it('reads 백만원 from the header and each row’s department from the 부서 column', () => {
    // the 계 row is a line of its own (a summary), as a person reading the table lists it
    expect(report.lines.map((l) => [l.project, l.department, l.budget])).toEqual([
      ['계', undefined, 1_500_000_000],
      ['청년 창업 지원', '일자리정책과', 900_000_000],
      ['전통시장 주차장', '지역경제과', 600_000_000],
    ]);
    expect(report.warnings).toEqual([]);
    expect(report.findings).toEqual([]);
  });
});

describe('a bureau report with 【department】 headings and 1) projects (bracket-departments.txt)', () => {
  const report = parseReport(readFixture('bracket-departments.txt'));

  it('reads the bureau from the cover and the departments from the brackets', () => {
    expect(report.document).toMatchObject({
      bureau: '도시안전국',
      council: '○○구의회',
      date: '2026. 2.',
    });
    expect(report.lines.map((l) => l.department)).toEqual([
      '도시계획과',
      '도시계획과',
      '도시계획과',
      '도시계획과',
      '건축과',
      '건축과',
      '건축과',
    ]);
  });

  it('links a 백만원 table that adds up to the project’s 총사업비 as its sub-projects', () => {
    const project = report.lines.find((l) => l.project === '도시재생 뉴딜 사업')!;
    // 사업기간 2026. 1. ~ 12.: the whole cost of a one-year project is that year's budget
    expect(project.totalCost).toBeUndefined();
    expect(project).toMatchObject({
      requiredBudget: 2_400_000_000,
      period: { from: 2026, to: 2026 },
      funding: { national: 1_200_000_000, city: 720_000_000, district: 480_000_000 },
    });
    expect(report.lines.filter((l) => l.parentKey === project.key).map((l) => l.budget)).toEqual([
      400_000_000, 2_000_000_000,
    ]);
  });

  it('reads 약 3억원 and the breakdown under 세부내용', () => {
    expect(report.lines.find((l) => l.project === '보행 안전 개선')).toMatchObject({
      requiredBudget: 300_000_000,
      approximate: true,
    });
    const vacant = report.lines.find((l) => l.project === '빈집 정비')!;
    expect(
      report.lines
        .filter((l) => l.parentKey === vacant.key)
        .map((l) => [l.project, l.requiredBudget]),
    ).toEqual([
      ['철거 지원', 100_000_000],
      ['안전조치', 50_000_000],
    ]);
  });

  it('reads headcount by department without mistaking departments for grades', () => {
    expect(
      report.personnel.map((p) => [p.department, p.grade, p.authorized, p.current, p.surplus]),
    ).toEqual([
      ['합계', '계', 30, 28, -2],
      ['도시계획과', '계', 12, 11, -1],
      ['건축과', '계', 18, 17, -1],
    ]);
    expect(report.findings).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});

describe('a budget table headed by bare years, with its total at the bottom', () => {
  const text = [
    '2025년 주요업무 보고',
    '',
    '2025. 3.',
    '',
    '공원녹지과',
    '',
    '□ 예산 총괄 (단위: 천원)',
    '',
    '구분\t2024\t2025\t증감',
    '일반회계\t800,000\t900,000\t100,000',
    '특별회계\t200,000\t150,000\t△50,000',
    '합계\t1,000,000\t1,050,000\t50,000',
  ].join('\n');
  const report = parseReport(text);

  it('reads the later year as this year’s budget and the earlier as last year’s', () => {
    expect(report.lines.map((l) => [l.project, l.fiscalYear, l.budget, l.previousBudget])).toEqual([
      ['일반회계', 2025, 900_000_000, 800_000_000],
      ['특별회계', 2025, 150_000_000, 200_000_000],
      ['합계', 2025, 1_050_000_000, 1_000_000_000],
    ]);
    expect(report.document.date).toBe('2025. 3.');
    expect(report.findings).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('still reports a total that does not add up (and the change that no longer matches it)', () => {
    const wrong = parseReport(text.replace('합계\t1,000,000', '합계\t1,100,000'));
    expect(wrong.findings.map((f) => [f.severity, f.code, f.source.line])).toEqual([
      ['error', 'total-mismatch', 12],
      ['error', 'change-mismatch', 12],
    ]);
  });
});
