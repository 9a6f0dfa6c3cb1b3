import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseReportDetailed } from '../../../shared/import/parse-report';
it('x', () => {
  const text = readFileSync('/work/shared/corpus/002_2c8e31590cdd4dd1.txt', 'utf8');
  const lines = text.split('\n');
  const variants: [number, string, string][] = [[60, '2,052,294', '2,052,394'], [61, '44,770', '44,870'], [62, '△20,640', '△20,650'], [59, '2,042,294', '2,042,394'], [64, '2,007,524','2,007,624'], [60,'1,155,701','1,155,801'], [65, '3,042,455', '3,042,555'], [63, '65,410', '65,510'], [66, '22,009', '22,109'], [67, '△10,000', '△10,100'], [68, '△10,000', '△10,100'], [63, '8,000', '8,100'], [66, '92,130', '92,230'], [61, '139,491', '139,591']];
  for (const [n, from, to] of [[0,'',''] as [number,string,string], ...variants]) {
    const copy = [...lines];
    if (n) copy[n - 1] = copy[n - 1]!.replace(from, to);
    const d = parseReportDetailed(copy.join('\n'));
    const t = d.auditInput.tables.find((t: any) => t.rows.some((r: any) => r.label.includes('세외')));
    console.log(n, from, to, JSON.stringify(t.rows.map((r: any) => r.parentIndex)));
    for (const f of d.report.findings.filter((f: any) => f.source.line >= 57 && f.source.line < 70)) console.log('  ', f.severity, f.code, f.source.line, f.message.ko);
  }
});
