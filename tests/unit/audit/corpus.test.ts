import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../shared/audit';
import type { ColumnRole } from '../../../shared/model/table';
import { input, table } from '../../fixtures/audit/build';
import { corpusPresent, corpusReportText } from '../../support/corpus';

const present = corpusPresent('', 'the audit on a real expenditure table');

/** The tab-separated rows of the committee report from the row starting with `first`. */
function rowsFrom(first: string, count: number): string[][] {
  const lines = corpusReportText('002').split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(first));
  if (start < 0) throw new Error(`no row starting with ${first}`);
  return lines.slice(start, start + count).map((line) => line.split('\t'));
}

const expenditureColumns: [ColumnRole, string][] = [
  ['label', '구분'],
  ['currentBudget', '예산현액'],
  ['obligated', '원인행위'],
  ['spent', '지출'],
  ['obligationRate', '원인행위율'],
  ['executionRate', '집행률'],
  ['projectedSpend', '예상액'],
  ['projectedRate', '예상집행률'],
];

function expenditure(edit: (rows: string[][]) => void = () => {}) {
  const rows = rowsFrom('계\t63,871,753', 5);
  edit(rows);
  return table({
    unitLine: '(‘20. 9.30. 기준, 단위:천원, %)',
    columns: expenditureColumns,
    rows: rows.map(([label = '', ...cells]) => ({ label, cells })),
  });
}

describe.skipIf(!present)('the audit on a real expenditure table (read at test time)', () => {
  it('finds the committee expenditure table consistent', () => {
    expect(auditReport(input({ tables: [expenditure()] }))).toEqual([]);
  });

  it('catches the total one 천원 off', () => {
    const findings = auditReport(
      input({ tables: [expenditure((rows) => void (rows[0]![1] = '63,871,752'))] }),
    );
    expect(findings.map((f) => f.code)).toContain('total-mismatch');
    expect(findings.find((f) => f.code === 'total-mismatch')?.message.ko).toBe(
      "'계' 행의 예산현액 63,871,752천원이 각 행의 합계 63,871,753천원과 1천원 다릅니다",
    );
  });

  it('tells a truncated rate from a wrong one', () => {
    const truncated = expenditure((rows) => void (rows[1]![4] = '86.7%'));
    const wrong = expenditure((rows) => void (rows[1]![4] = '86.9%'));
    expect(auditReport(input({ tables: [truncated] })).map((f) => f.code)).toEqual([
      'rate-truncated',
    ]);
    expect(auditReport(input({ tables: [wrong] })).map((f) => f.code)).toEqual(['rate-mismatch']);
  });
});
