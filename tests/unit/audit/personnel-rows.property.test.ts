import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditPersonnelRows } from '../../../shared/audit';
import type { PersonnelRow } from '../../../shared/model/report';
import { person } from '../../fixtures/audit/build';

const TOTAL = /^(총계|합계|계|합|소계)$/;
const isTotal = (name: string | undefined) =>
  name !== undefined && TOTAL.test(name.replace(/\s+/g, ''));
const FIELDS = ['authorized', 'current'] as const;

/** The rule as first written: for each total row, filter every row for its parts. */
function referenceTotals(rows: PersonnelRow[]): [number, number, number][] {
  const found: [number, number, number][] = [];
  const check = (total: PersonnelRow, parts: PersonnelRow[]) => {
    if (parts.length === 0) return;
    for (const field of FIELDS) {
      const stated = total[field];
      const values = parts.map((part) => part[field]);
      if (stated === undefined || values.every((value) => value === undefined)) continue;
      const sum = values.reduce<number>((acc, value) => acc + (value ?? 0), 0);
      if (stated !== sum) found.push([total.source.line, stated, sum]);
    }
  };
  for (const total of rows.filter((row) => isTotal(row.grade))) {
    check(
      total,
      rows.filter((row) => row.department === total.department && !isTotal(row.grade)),
    );
  }
  for (const total of rows.filter((row) => isTotal(row.department))) {
    check(
      total,
      rows.filter((row) => !isTotal(row.department) && row.grade === total.grade),
    );
  }
  return found;
}

const count = fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined });
const rowsArbitrary = fc
  .array(
    fc.record({
      department: fc.constantFrom('가과', '나과', '다 과', '합계', '계', undefined),
      grade: fc.constantFrom('계', '6급', '7급', '합 계', '소계', undefined),
      authorized: count,
      current: count,
    }),
    { maxLength: 30 },
  )
  .map((rows) =>
    rows.map((row, i) => {
      const defined = Object.entries(row).filter(([, value]) => value !== undefined);
      return person({ ...(Object.fromEntries(defined) as Partial<PersonnelRow>), line: i + 1 });
    }),
  );

describe('personnel rows grouped once', () => {
  it('reports the same total mismatches, in the same order, as filtering per total row', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const findings = auditPersonnelRows(rows).filter(
          (finding) => finding.code === 'personnel-total-mismatch',
        );
        expect(findings.map((f) => [f.source.line, f.stated, f.computed])).toEqual(
          referenceTotals(rows),
        );
      }),
      { numRuns: 300 },
    );
  });
});
