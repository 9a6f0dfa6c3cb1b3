import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseReportDetailed } from '../../../shared/import/parse-report';
it('x', () => {
  const text = readFileSync('/work/main/tests/fixtures/reports/hierarchy-revenue.txt', 'utf8');
  const lines = text.split('\n');
  const variants: [number,string,string][] = [];
  for (const [n, from, to] of [[0,'',''] as [number,string,string], ...variants]) {
    const copy = [...lines];
    if (n) copy[n - 1] = copy[n - 1]!.replace(from, to);
    const d = parseReportDetailed(copy.join('\n'));
    const t = d.auditInput.tables.find((t: any) => t.rows.some((r: any) => r.label.includes('세외수입')));
    console.log(n, from, to, JSON.stringify(t.rows.map((r: any) => r.parentIndex)), JSON.stringify(t.columns), t.rows.map((r:any)=>r.label+":"+r.isTotal).join(","));
    for (const f of d.report.findings.filter((f: any) => f.source.line >= 57 && f.source.line < 70)) console.log('  ', f.severity, f.code, f.source.line, f.message.ko);
  }
});
