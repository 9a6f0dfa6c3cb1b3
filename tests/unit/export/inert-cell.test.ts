import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesToCsv } from '../../../cli/csv';
import { formatForCopy, rowsToTsv } from '../../../shared/clipboard';
import {
  FORMULA_TRIGGERS,
  inertCell,
  isNumericText,
  startsLikeFormula,
} from '../../../shared/export/inert-cell';
import type { BudgetLine } from '../../../shared/model/report';

const formulaText = fc
  .tuple(fc.constantFrom(...FORMULA_TRIGGERS), fc.string())
  .map(([trigger, rest]) => trigger + rest);

describe('inertCell (OWASP CSV injection rule)', () => {
  it('prefixes text beginning with = + - @ tab or CR with a single quote', () => {
    expect(inertCell('=HYPERLINK("http://x","클릭")')).toBe('\'=HYPERLINK("http://x","클릭")');
    expect(inertCell('+1+1')).toBe("'+1+1");
    expect(inertCell('- 사업비: 1,000천원')).toBe("'- 사업비: 1,000천원");
    expect(inertCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(inertCell('\t=1')).toBe("'\t=1");
    expect(inertCell('\r=1')).toBe("'\r=1");
  });

  it('leaves ordinary text, the empty cell and numbers alone', () => {
    expect(inertCell('도서관 운영')).toBe('도서관 운영');
    expect(inertCell('△1,234')).toBe('△1,234');
    expect(inertCell(undefined)).toBe('');
    expect(inertCell('')).toBe('');
    expect(inertCell(-5_000)).toBe('-5000');
    expect(inertCell(-0.5, 'numeric')).toBe('-0.5');
  });

  it('keeps a number written as text in a numeric column, and prefixes it in a text column', () => {
    for (const figure of ['-1,234', '+12.5', '-3.3%', '-1234567']) {
      expect(isNumericText(figure)).toBe(true);
      expect(inertCell(figure, 'numeric')).toBe(figure);
      expect(inertCell(figure, 'text')).toBe(`'${figure}`);
    }
    for (const formula of ['-1+1', '-1,23', '-A1', '=1', '-1,234)', '-1e5', '+-1']) {
      expect(isNumericText(formula), formula).toBe(false);
      expect(inertCell(formula, 'numeric')).toBe(`'${formula}`);
    }
  });

  it('never leaves a formula trigger in front, whatever the text and column', () => {
    fc.assert(
      fc.property(
        fc.oneof(formulaText, fc.string()),
        fc.constantFrom('text' as const, 'numeric' as const),
        (text, column) => {
          const cell = inertCell(text, column);
          if (column === 'numeric' && isNumericText(text)) expect(cell).toBe(text);
          else expect(startsLikeFormula(cell)).toBe(false);
          // only ever a prefix: the text itself is kept whole
          expect(cell.endsWith(text)).toBe(true);
          expect(cell.length - text.length).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never alters a number, finite or not', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom('text' as const, 'numeric' as const),
        (n, column) => {
          expect(inertCell(n, column)).toBe(String(n));
        },
      ),
    );
  });

  it('keeps every integer formatted with separators readable as the number in numeric columns', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = n.toLocaleString('en-US');
        expect(inertCell(text, 'numeric')).toBe(text);
      }),
    );
  });
});

const line = (project: string, text: string, budget: number): BudgetLine =>
  ({
    key: 'k1',
    fiscalYear: 2024,
    department: '총무과',
    project,
    budget,
    source: { line: 3, text },
  }) as BudgetLine;

describe('exports use it', () => {
  it('writes a formula-like project name to CSV as text and negative money as a number', () => {
    const csv = linesToCsv([line('=HYPERLINK("http://x")', '- 사업비: -5,000원', -5_000)]);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(row).toContain(',"\'- 사업비: -5,000원"');
    expect(row).toContain(',-5000,');
    expect(row).not.toMatch(/(^|,)"?[=+@]/);
  });

  it('copies a formula-like project name to TSV as text and keeps negative money a number', () => {
    const text = rowsToTsv(
      [{ name: '@cmd|calc', note: '-1,234', budget: -5_000_000 }],
      [
        { header: '사업', kind: 'text', value: (row) => row.name },
        { header: '비고', kind: 'text', value: (row) => row.note },
        { header: '예산', kind: 'money', value: (row) => row.budget },
      ],
      '천원',
    );
    expect(text.split('\r\n')[1]).toBe("'@cmd|calc\t'-1,234\t-5,000");
  });

  it('neutralises the single cell copied from a text column', () => {
    expect(formatForCopy('=1+1', 'text', '원')).toBe("'=1+1");
    expect(formatForCopy('-1,234', 'money', '원')).toBe('-1,234');
  });
});
