/**
 * Layouts that real district reports print correctly and the audit once called wrong (invented
 * names and figures in the same shapes). Each must read right and give no error.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import type { ParsedReport } from '../../../shared/model/report';

const COVER =
  '2025년 주요업무 계획\n\n제301회 한빛구의회 제2차 정례회\n\n2024. 11.\n\n복지정책과\n\n';
const text = (...lines: string[]) => COVER + lines.join('\n') + '\n';
const errors = (report: ParsedReport) => report.findings.filter((f) => f.severity === 'error');

describe('a headcount table by grade under group headers, its label spanning two columns', () => {
  const report = parseReport(
    text(
      '가. 인력현황',
      '(단위: 명)',
      '구 분\t정 원\t현 원\t과부족',
      '계\t\t52\t55\t3',
      '일반직\t소계\t45\t47\t2',
      '\t4급\t1\t1\t-',
      '\t5급\t4\t4\t-',
      '\t6급\t12\t13\t1',
      '\t7급\t14\t15\t1',
      '\t8급\t9\t9\t-',
      '\t9급\t5\t5\t-',
      '관리운영직\t\t3\t3\t-',
      '별정직·임기제\t\t4\t5\t1',
    ),
  );

  it('reads each grade with its group, the group’s own row and the total', () => {
    const rows = report.personnel.map((row) => [
      row.group ?? '',
      row.grade,
      row.authorized,
      row.current,
      row.surplus,
    ]);
    expect(rows).toEqual([
      ['', '계', 52, 55, 3],
      ['', '일반직', 45, 47, 2],
      ['일반직', '4급', 1, 1, 0],
      ['일반직', '5급', 4, 4, 0],
      ['일반직', '6급', 12, 13, 1],
      ['일반직', '7급', 14, 15, 1],
      ['일반직', '8급', 9, 9, 0],
      ['일반직', '9급', 5, 5, 0],
      ['', '관리운영직', 3, 3, 0],
      ['', '별정직·임기제', 4, 5, 1],
    ]);
  });

  it('finds no error: the groups add up to the total and each group to its grades', () => {
    expect(errors(report)).toEqual([]);
    expect(report.findings.filter((f) => f.code.startsWith('personnel'))).toEqual([]);
  });
});

describe('spending split into a dated column and a year-end projection, the rate naming its base', () => {
  const report = parseReport(
    text(
      '나. 2024년 주요사업 집행현황',
      '(단위: 천원)',
      '사 업 명\t예산현액\t집행액\t\t집행률(%)(10.31기준)',
      '\t\t10.31기준\t12.31까지\t',
      '계\t1,000,000\t600,000\t950,000\t60.0',
      '청년 창업 지원\t600,000\t400,000\t580,000\t66.7',
      '마을 공동체 활성화\t400,000\t200,000\t370,000\t50.0',
    ),
  );

  it('reads 10.31기준 as spent and 12.31까지 as the year-end projection', () => {
    expect(report.lines.find((l) => l.project === '청년 창업 지원')).toMatchObject({
      fiscalYear: 2024,
      currentBudget: 600_000_000,
      spent: 400_000_000,
      projectedSpend: 580_000_000,
      statedRates: { execution: 66.7 },
    });
  });

  it('checks the rate against the 10.31 column and finds nothing wrong', () => {
    expect(errors(report)).toEqual([]);
    expect(report.findings.filter((f) => f.code.startsWith('rate'))).toEqual([]);
  });

  it('still calls a wrong rate wrong, naming the cells it used', () => {
    const wrong = parseReport(
      text(
        '(단위: 천원)',
        '사 업 명\t예산현액\t집행액\t\t집행률(%)(10.31기준)',
        '\t\t10.31기준\t12.31까지\t',
        '청년 창업 지원\t600,000\t400,000\t580,000\t96.7',
        '마을 공동체 활성화\t400,000\t200,000\t370,000\t50.0',
      ),
    );
    const [finding] = errors(wrong);
    expect(finding).toMatchObject({ code: 'rate-mismatch', stated: 96.7 });
    expect(finding!.cells!.map((cell) => [cell.columnLabel, cell.value])).toEqual([
      ['집행률(%)(10.31기준)', 96.7],
      ['집행액/10.31기준', 400_000_000],
      ['예산현액', 600_000_000],
    ]);
    expect(finding!.arithmetic!.ko).toContain('÷');
  });
});

describe('a budget split by account (일반회계 | 특별회계 | 기금)', () => {
  const report = parseReport(
    text(
      '다. 부서별 예산현황',
      '(단위: 백만원)',
      '구 분\t계\t일반회계\t특별회계\t기 금',
      '합 계\t5,000\t3,500\t1,000\t500',
      '복지정책과\t2,000\t1,800\t200\t-',
      '노인복지과\t3,000\t1,700\t800\t500',
    ),
  );

  it('reads the accounts as accounts, never as funding', () => {
    const line = report.lines.find((l) => l.department === '노인복지과')!;
    expect(line).toMatchObject({
      budget: 3_000_000_000,
      accounts: { general: 1_700_000_000, special: 800_000_000, fund: 500_000_000 },
    });
    expect(line.funding).toBeUndefined();
  });

  it('finds no error, and a wrong account split is an account-mismatch', () => {
    expect(errors(report)).toEqual([]);
    const wrong = parseReport(
      text(
        '(단위: 백만원)',
        '구 분\t계\t일반회계\t특별회계\t기 금',
        '복지정책과\t2,000\t1,800\t100\t-',
        '노인복지과\t3,000\t1,700\t800\t500',
      ),
    );
    expect(errors(wrong).map((f) => [f.code, f.stated, f.computed])).toEqual([
      ['account-mismatch', 2_000_000_000, 1_900_000_000],
    ]);
  });
});

describe('a multi-year cost in 조 with a breakdown whose part is in 조 too', () => {
  const report = parseReport(
    text(
      '1. 근린공원 민간조성',
      ' ㅇ 사업기간 : 2018. ~ 2030.',
      ' ㅇ 사 업 비 : 1조 2,400억원 (공원 2,100, 비공원 1조 300)',
    ),
  );

  it('reads the part after 조 in 억, so the parts add up and nothing is called wrong', () => {
    expect(errors(report)).toEqual([]);
    const amounts = report.lines
      .filter((line) => line.project?.includes('근린공원'))
      .map((line) => line.totalCost ?? line.budget ?? line.requiredBudget);
    expect(amounts).toContain(1_240_000_000_000);
  });
});

describe('a bureau’s own headcount table, grades across and 정원/현원 down', () => {
  const report = parseReport(
    [
      '2025년 주요업무 계획',
      '',
      '제301회 한빛시의회 정례회',
      '',
      '2024. 11.',
      '',
      '미래숲도시국',
      '',
      'Ⅰ. 일반현황',
      '(단위: 명)',
      '구분\t계\t4급\t5급\t6급\t7급\t8~9급',
      '정원\t40\t2\t8\t12\t13\t5',
      '현원\t42\t2\t8\t14\t15\t3',
      '과부족\t2\t\t\t2\t2\t△2',
      '',
    ].join('\n'),
  );

  it('files each grade under the bureau whose plan it is', () => {
    expect(report.document.bureau).toBe('미래숲도시국');
    expect(
      report.personnel.map((row) => [row.department, row.grade, row.authorized, row.current]),
    ).toEqual([
      ['미래숲도시국', '계', 40, 42],
      ['미래숲도시국', '4급', 2, 2],
      ['미래숲도시국', '5급', 8, 8],
      ['미래숲도시국', '6급', 12, 14],
      ['미래숲도시국', '7급', 13, 15],
      ['미래숲도시국', '8~9급', 5, 3],
    ]);
    expect(errors(report)).toEqual([]);
  });
});
