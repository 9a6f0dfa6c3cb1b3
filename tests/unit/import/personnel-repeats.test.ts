/**
 * Headcounts a bureau plan states twice or in passing: the bureau's table of all departments and
 * then each department's own table (both kept, the bureau's rows marked as repeats, never counted
 * twice), and a column of another table that counts people as `(정원/현원)` pairs. Invented names
 * and figures in the shapes of real reports.
 */
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../shared/audit';
import { compareDepartments } from '../../../shared/compare';
import { parseReport } from '../../../shared/import';
import type { PersonnelRow } from '../../../shared/model/report';

const COVER = ['2024년도 주요업무 보고', '', '한빛구 생활안전국', ''];
const PROJECT = ['1. 생활안전 점검', '', '□ 사업개요', '- 사업비 : 1,000천원(구비)', ''];

const BUREAU_TABLE = [
  '□ 인 력 ----- (정원:40명, 현원:38명)',
  '',
  '구 분\t직 급\t총계\t5급\t6급\t7급',
  '총 계\t정 원\t40\t2\t14\t24',
  '\t현 원\t38\t2\t13\t23',
  '안전정책과\t정 원\t22\t1\t8\t13',
  '\t현 원\t21\t1\t7\t13',
  '재난대응과\t정 원\t18\t1\t6\t11',
  '\t현 원\t17\t1\t6\t10',
  '',
];

const OWN_TABLE = [
  '안전정책과',
  '',
  '【인력현황】',
  '',
  '구 분\t계\t5급\t6급\t7급',
  '정 원\t22\t1\t8\t13',
  '현 원\t21\t1\t7\t13',
  '',
];

const read = (lines: string[]) => parseReport(lines.join('\n') + '\n');
const counts = (rows: readonly PersonnelRow[]) =>
  rows.map((row) => [row.department, row.grade, row.authorized, row.current]);

describe('a bureau’s headcount table followed by a department’s own table', () => {
  const report = read([...COVER, ...BUREAU_TABLE, ...OWN_TABLE, ...PROJECT]);
  const ofPolicy = report.personnel.filter((row) => row.department === '안전정책과');

  it('keeps the department’s rows of both tables, as each prints them', () => {
    expect(counts(ofPolicy)).toEqual([
      ['안전정책과', '계', 22, 21],
      ['안전정책과', '5급', 1, 1],
      ['안전정책과', '6급', 8, 7],
      ['안전정책과', '7급', 13, 13],
      ['안전정책과', '계', 22, 21],
      ['안전정책과', '5급', 1, 1],
      ['안전정책과', '6급', 8, 7],
      ['안전정책과', '7급', 13, 13],
    ]);
  });

  it('marks the bureau table’s rows as repeats of the department’s own table', () => {
    const ownTableLine = report.personnel.find(
      (row) => row.department === '안전정책과' && row.repeatOf === undefined,
    )!.source.line;
    const repeats = ofPolicy.filter((row) => row.repeatOf !== undefined);
    expect(repeats).toHaveLength(4);
    for (const row of repeats) {
      expect(row.source.line).toBeLessThan(ownTableLine);
      expect(row.repeatOf).toBeLessThanOrEqual(ownTableLine);
    }
  });

  it('marks no row of a department that has no table of its own, nor the bureau’s total', () => {
    const others = report.personnel.filter((row) => row.department !== '안전정책과');
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((row) => row.repeatOf !== undefined)).toEqual([]);
  });

  it('finds nothing wrong with the headcounts', () => {
    expect(report.findings.filter((f) => f.code.startsWith('personnel'))).toEqual([]);
  });

  it('counts the department’s people once when departments are compared', () => {
    const comparison = compareDepartments({
      side: { label: '보고', lines: report.lines, personnel: report.personnel },
    });
    const policy = comparison.rows.find((row) => row.label === '안전정책과');
    expect(policy?.values).toMatchObject({ authorized: 22, current: 21 });
  });
});

describe('the audit of headcount rows read outside a table', () => {
  const row = (grade: string, authorized: number, current: number, repeatOf?: number) => {
    const personnel: PersonnelRow = {
      department: '안전정책과',
      grade,
      authorized,
      current,
      source: { line: repeatOf === undefined ? 30 : 12 },
    };
    if (repeatOf !== undefined) personnel.repeatOf = repeatOf;
    return personnel;
  };

  it('checks a department’s 계 against its own grades, not against a repeat of them as well', () => {
    const personnel = [
      row('5급', 1, 1, 30),
      row('6급', 8, 7, 30),
      row('계', 9, 8),
      row('5급', 1, 1),
    ];
    personnel.push(row('6급', 8, 7));
    expect(auditReport({ tables: [], lines: [], names: [], personnel })).toEqual([]);
  });

  it('still reports a 계 that its own grades do not add up to', () => {
    const personnel = [row('계', 10, 8), row('5급', 1, 1), row('6급', 8, 7)];
    const codes = auditReport({ tables: [], lines: [], names: [], personnel }).map((f) => f.code);
    expect(codes).toContain('personnel-total-mismatch');
  });
});

describe('a column of another table that counts people as (정원/현원) pairs', () => {
  const table = (header: string, rows: string[]) =>
    read([
      ...COVER,
      '□ 출자·출연기관',
      '',
      `기관명\t설립일\t대표자\t${header}\t자본금 (억원)`,
      ...rows,
      '',
      ...PROJECT,
    ]);

  it('reads each row’s pair as its 정원 and 현원, with the rest of the cell as a note', () => {
    const report = table('조직 (정원/현원)', [
      '한빛관광공사\t2012. 3. 1.\t김가람 (7명)\t1본부 3팀 (58명/55명)\t120.5',
      '(재)한빛문화재단\t2019. 7. 1.\t이나래 (5명)\t2실 4팀 (31명/29명)\t30',
    ]);
    expect(report.personnel.map((row) => [...counts([row])[0]!, row.notes])).toEqual([
      ['한빛관광공사', '계', 58, 55, '1본부 3팀'],
      ['(재)한빛문화재단', '계', 31, 29, '2실 4팀'],
    ]);
  });

  it('takes the order the header names: 현원 first when it says 현원/정원', () => {
    const report = table('인력 (현원/정원)', ['한빛관광공사\t2012. 3. 1.\t김가람\t55/58\t120.5']);
    expect(counts(report.personnel)).toEqual([['한빛관광공사', '계', 58, 55]]);
  });

  it('reads a 계 row as the table’s total, and a total that does not add up is reported', () => {
    const report = table('조직 (정원/현원)', [
      '가람공사\t2012. 3. 1.\t김가람\t(58명/55명)\t120.5',
      '나래재단\t2019. 7. 1.\t이나래\t(31명/29명)\t30',
      '계\t\t\t(90명/84명)\t150.5',
    ]);
    expect(counts(report.personnel)).toEqual([
      ['가람공사', '계', 58, 55],
      ['나래재단', '계', 31, 29],
      ['합계', '계', 90, 84],
    ]);
    expect(report.findings.map((f) => [f.code, f.stated, f.computed])).toContainEqual([
      'personnel-total-mismatch',
      90,
      89,
    ]);
  });

  it('reads nothing from a table whose header names no pair, nor from two pair columns', () => {
    const noPair = table('조직', ['가람공사\t2012. 3. 1.\t김가람\t1본부 (58명/55명)\t120.5']);
    expect(noPair.personnel).toEqual([]);
    const twoPairs = read([
      ...COVER,
      '구분\t2023 (정원/현원)\t2024 (정원/현원)\t비고',
      '가람공사\t1본부 (58명/55명)\t1본부 (60명/57명)\t-',
      '',
      ...PROJECT,
    ]);
    expect(twoPairs.personnel.filter((row) => row.department === '가람공사')).not.toContainEqual(
      expect.objectContaining({ authorized: 58, grade: '계' }),
    );
  });
});
