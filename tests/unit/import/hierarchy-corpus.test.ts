import { describe, expect, it } from 'vitest';
import { corpusPresent, corpusReportText as readCorpus } from '../../support/corpus';
import { parseTable, readFigure, shiftCell } from '../../fixtures/reports/hierarchy-tables';

const hasCorpus = corpusPresent('', 'the revenue table of sample 002');

/*
 * The 세입 총괄 table of sample 002 is hierarchical without indentation (계 = 세외수입 + 국고보조금,
 * 세외수입 = 경상적 + 임시적, …). One wrong 증감액 must be reported where it is, not as a cascade of
 * large total mismatches from a structure matched to the wrong rows.
 */
describe.skipIf(!hasCorpus)('one wrong 증감액 in the revenue table of sample 002', () => {
  const text = hasCorpus ? readCorpus('002') : '';
  const clean = hasCorpus ? parseTable(text, '세외수입') : undefined;
  const rows = clean?.table.rows ?? [];
  const change = clean?.table.columns.findIndex((column) => column.role === 'change') ?? -1;
  const first = clean?.table.source.line ?? 0;
  const last = rows.at(-1)?.source.line ?? 0;
  const inTable = (line: number) => line >= first && line <= last;

  it('reads the table with its hierarchy and no error in it', () => {
    expect(change).toBeGreaterThan(0);
    expect(clean!.parents.filter((parent) => parent !== undefined).length).toBe(rows.length - 1);
    // 계 has two items (세외수입, 국고보조금): the table is read as nested, not flat
    expect(clean!.parents.filter((parent) => parent === 0)).toHaveLength(2);
    expect(clean!.errors.filter((error) => inTable(error.source.line))).toEqual([]);
  });

  it.each(rows.map((row, index) => [row.label, index] as const))(
    'reports a wrong 증감액 of %s at that row or its parent only',
    (_label, index) => {
      const lines = text.split('\n');
      const row = rows[index]!;
      const at = row.source.line - 1;
      const cell = lines[at]!.split('\t')[change]!;
      const stated = row.cells[change];
      expect(stated?.kind === 'number' ? stated.value : 0).toBe(readFigure(cell) * 1000);
      lines[at] = shiftCell(lines[at]!, change, 100);

      const parsed = parseTable(lines.join('\n'), '세외수입');
      expect(parsed.parents).toEqual(clean!.parents);
      const errors = parsed.errors.filter((error) => inTable(error.source.line));
      const parent = clean!.parents[index];
      const allowed = [row.source.line];
      if (parent !== undefined) allowed.push(rows[parent]!.source.line);
      for (const error of errors) expect(allowed).toContain(error.source.line);
      // 증감액 ≠ 예산현액 − 최종예산 on the row itself, exactly once
      const changeErrors = errors.filter((error) => error.code === 'change-mismatch');
      expect(changeErrors.map((error) => error.source.line)).toEqual([row.source.line]);
      // the row's own items (if it has any) and the sum it belongs to: at most two totals
      expect(errors.filter((error) => error.code === 'total-mismatch').length).toBeLessThanOrEqual(
        2,
      );
      // each is off by exactly the 100천원 that was added: the right cell, not a misread structure
      for (const error of errors) expect(Math.abs(error.difference ?? 0)).toBe(100_000);
      const totals = errors.filter((error) => error.code === 'total-mismatch');
      for (const error of totals) expect(error.message.ko).toContain('증감');
      expect(parsed.errors.length - errors.length).toBe(
        clean!.errors.length - clean!.errors.filter((error) => inTable(error.source.line)).length,
      );
    },
  );
});
