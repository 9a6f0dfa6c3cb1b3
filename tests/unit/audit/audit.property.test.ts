import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditReport } from '../../../shared/audit';
import type { Finding } from '../../../shared/model/report';
import { input } from '../../fixtures/audit/build';
import {
  buildTable,
  layoutArbitrary,
  MONEY_COLUMNS,
  planRows,
} from '../../fixtures/audit/consistent';
import { auditInputArbitrary } from '../../fixtures/audit/arbitrary';

const RUNS = { numRuns: 300 };
const errors = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');

describe('audit properties', () => {
  it('never throws, never skips a rule, and reports only finite figures on arbitrary input', () => {
    fc.assert(
      fc.property(auditInputArbitrary, (audit) => {
        const findings = auditReport(audit);
        expect(findings.filter((finding) => finding.code === 'audit-skipped')).toEqual([]);
        for (const finding of findings) {
          for (const figure of [finding.stated, finding.computed, finding.difference]) {
            if (figure !== undefined) expect(Number.isFinite(figure)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('reports no error on a table generated to be consistent', () => {
    fc.assert(
      fc.property(layoutArbitrary, (layout) => {
        const findings = auditReport(input({ tables: [buildTable(layout, planRows(layout))] }));
        expect(errors(findings)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('always reports an error when one money cell is changed by more than rounding', () => {
    const changed = layoutArbitrary.chain((layout) => {
      const rows = planRows(layout);
      return fc.record({
        layout: fc.constant(layout),
        row: fc.integer({ min: 0, max: rows.length - 1 }),
        column: fc.constantFrom(...MONEY_COLUMNS),
        delta: fc.integer({ min: rows.length + 1, max: 1_000_000 }),
        negative: fc.boolean(),
      });
    });
    fc.assert(
      fc.property(changed, ({ layout, row, column, delta, negative }) => {
        const rows = planRows(layout);
        const target = rows[row];
        if (!target) throw new Error('row out of range');
        target.figures = {
          ...target.figures,
          [column]: target.figures[column] + (negative ? -delta : delta),
        };
        const findings = auditReport(input({ tables: [buildTable(layout, rows)] }));
        expect(errors(findings).length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
