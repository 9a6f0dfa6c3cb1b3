/**
 * Headcounts from an organisation chart (`○○과 … (4팀, 30명)`) and from a table with departments
 * across the columns: invented names and figures in the shapes of real bureau plans.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const COVER = '2025년 주요업무 계획\n\n한빛시 미래도시국\n\n';

function report(chartCounts: string, table: string[]) {
  return parseReport(
    COVER +
      [
        'Ⅰ. 기본현황',
        '□ 조직',
        '미래정책과 도 시 계 획 과 녹지공원과',
        chartCounts,
        '▪ 정책팀 ▪ 기획팀',
        '한빛도시가꾸기 사업소',
        '(2팀, 12명)',
        '□ 인력',
        '(단위: 명)',
        ...table,
      ].join('\n') +
      '\n',
  );
}

const chartRows = (parsed: ReturnType<typeof report>) =>
  parsed.personnel
    .filter((row) => row.department !== '합계' && row.department !== '미래도시국')
    .filter((row) => row.grade === '계' && !/급/.test(row.department ?? ''))
    .map((row) => [row.department, row.authorized, row.current]);

const GRADES = ['구분\t계\t4급\t5급\t6급', '정원\t72\t3\t20\t49', '현원\t75\t3\t21\t51'];

describe('an organisation chart with each department’s teams and people', () => {
  it('reads the counts as 정원 when they add up to the table’s 정원 total', () => {
    const parsed = report('(4팀, 30명) (3팀 1단, 15명) 5개팀(15명)', GRADES);
    expect(chartRows(parsed)).toEqual([
      ['미래정책과', 30, undefined],
      ['도시계획과', 15, undefined],
      ['녹지공원과', 15, undefined],
      ['한빛도시가꾸기사업소', 12, undefined],
    ]);
  });

  it('reads them as 현원 when they add up to the 현원 total', () => {
    const parsed = report('(4팀, 30명) (3팀, 15명) (5팀, 18명)', GRADES);
    expect(chartRows(parsed).map((row) => row[2])).toEqual([30, 15, 18, 12]);
    expect(chartRows(parsed).map((row) => row[1])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('leaves them out when their sum proves neither', () => {
    const parsed = report('(4팀, 30명) (3팀, 15명) (5팀, 19명)', GRADES);
    expect(chartRows(parsed)).toEqual([]);
  });
});

describe('a headcount table with departments across the columns', () => {
  const parsed = report('(4팀, 30명) (3팀, 15명) (5팀, 19명)', [
    '구분\t계\t미래정책과\t녹지공원과\t한빛도서관',
    '정원\t60\t30\t20\t10',
    '현원\t62\t31\t19\t12',
  ]);

  it('reads every column as a unit, one not named like a department included, and the total as the bureau’s', () => {
    expect(
      parsed.personnel.map((row) => [row.department, row.grade, row.authorized, row.current]),
    ).toEqual([
      ['미래도시국', '계', 60, 62],
      ['미래정책과', '계', 30, 31],
      ['녹지공원과', '계', 20, 19],
      ['한빛도서관', '계', 10, 12],
    ]);
    expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('an organisation chart of departments that also have a headcount table', () => {
  const parsed = report('(4팀, 30명) (3팀, 15명) (5팀, 15명)', [
    ...GRADES,
    '',
    '□ 부서별 인력',
    '(단위: 명)',
    '구분\t미래정책과\t녹지공원과',
    '정원\t30\t15',
    '현원\t29\t16',
  ]);
  const tableLine = parsed.personnel.find(
    (row) => row.department === '미래정책과' && row.repeatOf === undefined,
  )?.source.line;

  it('keeps the chart’s count of each such department, marked as a repeat of its table', () => {
    const repeats = parsed.personnel
      .filter((row) => row.repeatOf !== undefined)
      .map((row) => [row.department, row.authorized, row.repeatOf === undefined]);
    expect(repeats).toEqual([
      ['미래정책과', 30, false],
      ['녹지공원과', 15, false],
    ]);
    const repeatLines = parsed.personnel.flatMap((row) =>
      row.repeatOf === undefined ? [] : [row.repeatOf],
    );
    expect(tableLine).toBeDefined();
    expect(new Set(repeatLines).size).toBe(1);
    expect(repeatLines[0]).toBeLessThanOrEqual(tableLine!);
  });

  it('keeps the chart’s count of a department without a table as a row of its own', () => {
    const own = parsed.personnel.filter(
      (row) => row.department === '도시계획과' || row.department === '한빛도시가꾸기사업소',
    );
    expect(own.map((row) => [row.department, row.authorized, row.repeatOf])).toEqual([
      ['도시계획과', 15, undefined],
      ['한빛도시가꾸기사업소', 12, undefined],
    ]);
  });

  it('counts each department once in the audit, so the repeats raise no error', () => {
    expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
