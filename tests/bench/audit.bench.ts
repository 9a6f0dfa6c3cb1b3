/**
 * How fast the arithmetic core is on a large document: parsing cells, and auditing many tables and
 * lines. Each is compared with a naive baseline doing the bare minimum on the same data.
 */
import { auditReport } from '../../shared/audit';
import type { AuditTable } from '../../shared/model/table';
import { formatWon, parseCell } from '../../shared/money';
import { budgetLine, input, table } from '../fixtures/audit/build';

const TABLES = 200;
const ROWS = 100;
const LINES = 20_000;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function makeTable(seed: number): AuditTable {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const budget = 1_000 + ((seed * 7919 + i * 104_729) % 900_000);
    const spent = Math.floor(budget * 0.6);
    const rate = `${(Math.round((spent / budget) * 1000) / 10).toFixed(1)}%`;
    return {
      label: `사업 ${i}`,
      cells: [formatWon(budget * 1000, '천원'), formatWon(spent * 1000, '천원'), rate],
    };
  });
  return table({
    unitLine: '(단위: 천원, %)',
    columns: [
      ['label', '사업명'],
      ['currentBudget', '예산현액'],
      ['spent', '지출액'],
      ['executionRate', '집행률'],
    ],
    rows,
  });
}

export const title = 'money parsing and the consistency audit';

export async function run(): Promise<void> {
  const cells = Array.from({ length: 200_000 }, (_, i) => formatWon(i * 7_919_000, '천원'));
  const unit = { kind: 'money', unit: '천원' } as const;
  const parsing = time(() => cells.forEach((cell) => parseCell(cell, unit)));
  const naiveParsing = time(() => cells.forEach((cell) => Number(cell.replace(/,/g, '')) * 1000));
  console.log(
    `parseCell: ${cells.length} cells in ${parsing.toFixed(0)} ms (naive Number(): ${naiveParsing.toFixed(0)} ms, ×${(parsing / naiveParsing).toFixed(1)})`,
  );

  const tables = Array.from({ length: TABLES }, (_, i) => makeTable(i));
  const lines = Array.from({ length: LINES }, (_, i) =>
    budgetLine({
      project: `사업 ${i}`,
      key: `k${i}`,
      requiredBudget: (i + 1) * 1_000_000,
      statedUnit: '천원',
      funding: { city: (i + 1) * 400_000, district: (i + 1) * 600_000 },
    }),
  );
  const audit = input({ tables, lines });
  let findings = 0;
  const auditing = time(() => (findings = auditReport(audit).length));
  const naiveAudit = time(() => {
    for (const t of tables)
      for (const r of t.rows)
        for (const c of r.cells) if (c.kind === 'number') findings += 0 * c.value;
    for (const l of lines) findings += 0 * ((l.requiredBudget ?? 0) - (l.funding?.city ?? 0));
  });
  console.log(
    `auditReport: ${TABLES}×${ROWS} rows + ${LINES} lines in ${auditing.toFixed(0)} ms, ${findings} findings (naive pass over the figures: ${naiveAudit.toFixed(1)} ms, ×${(auditing / Math.max(naiveAudit, 0.1)).toFixed(0)})`,
  );
}
