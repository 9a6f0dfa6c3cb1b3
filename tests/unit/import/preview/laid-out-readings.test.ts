import { describe, expect, it } from 'vitest';
import { parseReportDetailed } from '../../../../shared/import/parse-report';
import { sha256 } from '../../../../shared/text/sha256';

/** a fund's year: read by its layout (수입 and 지출 per fund), with no audit table behind it */
const FUND_REPORT = [
  '2025년 주요업무 보고',
  '복지정책과',
  '1. 기금 운용 현황',
  '(단위: 백만원)',
  '기금명\t2024년말 조성액\t2025년 수입\t2025년 지출\t2025년말 조성액',
  '사회복지기금\t1,000\t500\t300\t1,200',
  '재난관리기금\t2,000\t400\t100\t2,300',
].join('\n');

describe('the preview’s reading of a table read by its layout', () => {
  const first = parseReportDetailed(FUND_REPORT, '기금.txt');

  it('lists a table that gave lines through a layout, so the clerk can correct it', () => {
    const tableLines = first.report.lines.filter((line) => line.source.line >= 6);
    expect(tableLines.length).toBeGreaterThan(0);
    const reading = first.tableReadings.find((each) => each.line === 5);
    expect(reading).toBeDefined();
    expect(reading!.laidOut?.ko).toMatch(/배치/);
    expect(reading!.columns.map((column) => column.label)).toHaveLength(5);
    // every column's meaning is marked as a guess: the lines did not come from these roles
    expect(reading!.columns.every((column) => column.inferred !== undefined)).toBe(true);
    expect(reading!.rowLabels).toEqual(['사회복지기금', '재난관리기금']);
    expect(reading!.unit).toBe('백만원');
    expect(reading!.corrected).toBe(false);
  });

  it('re-reads the table row by row once its reading is corrected, and says so', () => {
    const reading = first.tableReadings.find((each) => each.line === 5)!;
    const roles = reading.columns.map((_, index) => (index === 3 ? 'budget' : null));
    const corrected = parseReportDetailed(FUND_REPORT, {
      fileName: '기금.txt',
      corrections: {
        sha256: sha256(FUND_REPORT),
        tables: [{ signature: reading.signature, roles: ['label', ...roles.slice(1)] }],
      },
    });
    const after = corrected.tableReadings.find((each) => each.line === 5)!;
    expect(after.corrected).toBe(true);
    expect(after.laidOut).toBeUndefined();
    const budgets = corrected.report.lines
      .filter((line) => line.source.line >= 6 && line.budget !== undefined)
      .map((line) => [line.project, line.budget]);
    expect(budgets).toEqual([
      ['사회복지기금', 300_000_000],
      ['재난관리기금', 100_000_000],
    ]);
  });

  it('gives no layout reading to a table that gave no lines', () => {
    const text = ['2025년 주요업무 보고', '구분\t내용', '가\t나', '다\t라'].join('\n');
    const parse = parseReportDetailed(text, 'plain.txt');
    expect(parse.tableReadings.some((each) => each.laidOut !== undefined)).toBe(false);
  });
});
