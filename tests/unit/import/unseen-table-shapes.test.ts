import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const COVER =
  '2024년 주요업무 추진실적\n\n제312회 새솔시의회 임시회\n\n2024. 11.\n\n도시재생과\n\n';
const rows = (...lines: string[]) => lines.join('\n');

describe('table shapes from unseen reports (invented inline)', () => {
  const subtotals = parseReport(
    COVER +
      rows(
        '□ 예산 집행현황',
        '',
        '(단위: 백만원)',
        '단위사업\t세부사업\t예산액\t집행액\t집행률',
        '합 계\t\t3,000\t2,100\t70.0',
        '도시재생 활성화\t소계\t2,000\t1,400\t70.0',
        '\t뉴딜사업\t1,500\t1,000\t66.7',
        '\t주민역량 강화\t500\t400\t80.0',
        '주거환경 개선\t소계\t1,000\t700\t70.0',
        '\t빈집 정비\t1,000\t700\t70.0',
      ),
  );

  it('turns a 소계 row into its 단위사업’s line, with the 세부사업 below as children', () => {
    const unit = subtotals.lines.find((l) => l.project === '도시재생 활성화')!;
    expect(unit).toMatchObject({ budget: 2_000_000_000, spent: 1_400_000_000 });
    expect(subtotals.lines.filter((l) => l.parentKey === unit.key).map((l) => l.project)).toEqual([
      '뉴딜사업',
      '주민역량 강화',
    ]);
    expect(subtotals.findings).toEqual([]);
  });

  const lettered = parseReport(
    COVER +
      rows(
        '□ 예산현황',
        '(단위 : 백만원, %)',
        '구 분\t2025년 예산(A)\t2024년 예산(B)\t증 감(A-B)\t증감률(A-B)/B',
        '합 계\t4,850\t5,000\t△150\t△3.0',
        '일반회계\t4,350\t4,500\t△150\t△3.3',
        '기 금\t500\t500\t-\t-',
        '',
        '□ 세부사업별 집행현황',
        '(단위: 백만원)',
        '세부사업명\t예산현액(A)\t집행액(B)\t집행률(B/A)\t비 고',
        '계\t2,000\t1,500\t75.0%\t',
        '어항 정비\t1,200\t900\t75.0%\t국비 포함',
        '수산물 판로 지원\t800\t600\t75.0%\t',
      ),
  );

  it('reads (A)/(B)-lettered headers, △ changes and negative rates', () => {
    expect(lettered.lines.find((l) => l.project === '일반회계')).toMatchObject({
      fiscalYear: 2025,
      budget: 4_350_000_000,
      previousBudget: 4_500_000_000,
      statedRates: { change: -3.3 },
    });
    expect(lettered.lines.find((l) => l.project === '어항 정비')).toMatchObject({
      currentBudget: 1_200_000_000,
      spent: 900_000_000,
      statedRates: { execution: 75 },
    });
    expect(lettered.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads a statement that starts with its year (`2025년 예산 : …`)', () => {
    const report = parseReport(
      COVER + '1. 어촌 뉴딜\n\n ○ 2025년 예산 : 1,250백만원(국비 875, 도비 125, 시비 250)\n',
    );
    expect(report.lines).toEqual([
      expect.objectContaining({
        project: '어촌 뉴딜',
        budget: 1_250_000_000,
        funding: { national: 875_000_000, province: 125_000_000, city: 250_000_000 },
      }),
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('treats a tab-separated table of contents as noise, not as a table', () => {
    const report = parseReport(
      COVER +
        rows(
          '목 차',
          '',
          'Ⅰ. 일반현황\t1',
          'Ⅱ. 2024년 주요업무 추진실적\t3',
          'Ⅲ. 2025년 주요업무 계획\t7',
          '',
          'Ⅲ. 2025년 주요업무 계획',
          '',
          '1. 항만 정비',
          ' ○ 사업비: 100백만원(시비)',
        ),
    );
    expect(report.warnings).toEqual([]);
    expect(report.lines).toEqual([
      expect.objectContaining({
        project: '항만 정비',
        fiscalYear: 2025,
        requiredBudget: 100_000_000,
      }),
    ]);
  });

  it('moves the fiscal year at Ⅱ./Ⅲ. headings worded other ways', () => {
    const report = parseReport(
      COVER +
        rows(
          'Ⅱ. 2024년 주요성과',
          '',
          '1. 빈집 정비',
          ' ○ 사업비: 100백만원(시비)',
          '',
          'Ⅲ. 주요업무 추진계획(2025년)',
          '',
          '1. 빈집 정비',
          ' ○ 사업비: 120백만원(시비)',
        ),
    );
    expect(report.lines.map((l) => [l.fiscalYear, l.requiredBudget])).toEqual([
      [2024, 100_000_000],
      [2025, 120_000_000],
    ]);
    expect(report.document.fiscalYears).toEqual([2024, 2025]);
  });

  it('reads a unit written in angle brackets (`<단위: 천원>`)', () => {
    const report = parseReport(
      COVER +
        rows(
          '<단위: 천원>',
          '구 분\t예산액\t집행액',
          '도시재생\t1,000\t400',
          '빈집 정비\t500\t100',
        ),
    );
    expect(report.lines.find((l) => l.project === '빈집 정비')).toMatchObject({
      budget: 500_000,
      spent: 100_000,
    });
    expect(report.warnings).toEqual([]);
  });

  it.each(['◇', '◈', '◆', '▣', '❶', '【', '<'])(
    'opens a project at a heading marked %s and ties the amount below to it',
    (marker) => {
      const close = marker === '【' ? '】' : marker === '<' ? ' >' : '';
      const report = parseReport(
        `${COVER}${marker} 청년 일자리 지원${close}\n  ○ 사업비: 100백만원(시비)\n`,
      );
      expect(report.lines.map((l) => [l.project, l.requiredBudget])).toEqual([
        ['청년 일자리 지원', 100_000_000],
      ]);
      expect(report.warnings).toEqual([]);
    },
  );

  it.each(['▪', '◎', '➀', '➊', '◘', '▫'])('reads a statement bulleted with %s', (bullet) => {
    const report = parseReport(
      `${COVER}1. 청년 일자리 지원\n  ${bullet} 사업비: 100백만원(시비)\n`,
    );
    expect(report.lines.map((l) => [l.project, l.requiredBudget])).toEqual([
      ['청년 일자리 지원', 100_000_000],
    ]);
  });

  const fundedTable = (cityShare: string) =>
    parseReport(
      COVER +
        rows(
          '□ 사업별 예산',
          '(단위: 백만원)',
          '사 업 명\t2025년 예산\t\t\t\t2024년 예산',
          '\t계\t국비\t도비\t시비\t',
          '합 계\t1,000\t400\t180\t420\t900',
          `빈집 정비\t600\t200\t120\t${cityShare}\t500`,
          '집수리\t400\t200\t60\t140\t400',
        ),
    );

  it('reads a dated group (계 | 국비 | 도비 | 시비) beside last year’s budget', () => {
    const report = fundedTable('280');
    expect(report.lines.find((l) => l.project === '빈집 정비')).toMatchObject({
      fiscalYear: 2025,
      budget: 600_000_000,
      previousBudget: 500_000_000,
      funding: { national: 200_000_000, province: 120_000_000, city: 280_000_000 },
    });
    expect(report.findings).toEqual([]);
  });

  it('finds a planted funding column that breaks its row and its total', () => {
    const codes = fundedTable('290')
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['funding-mismatch', 'total-mismatch']));
  });

  it('gives yearless Ⅱ./Ⅲ. sections the year the cover implies', () => {
    const plan = parseReport(
      '2025년 주요업무 계획\n\n2024. 11.\n\n도시재생과\n\n' +
        rows(
          'Ⅱ. 주요업무 추진실적',
          '',
          '1. 빈집 정비',
          ' ○ 사업비: 100백만원(시비)',
          '',
          'Ⅲ. 주요업무 계획',
          '',
          '1. 빈집 정비',
          ' ○ 사업비: 120백만원(시비)',
        ),
    );
    expect(plan.lines.map((l) => [l.fiscalYear, l.requiredBudget])).toEqual([
      [2024, 100_000_000],
      [2025, 120_000_000],
    ]);
  });
});
