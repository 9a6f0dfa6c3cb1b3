import { describe, expect, it } from 'vitest';
import { columnById } from '../../../renderer/src/features/review/grid/column-catalog';
import type { GridRow } from '../../../renderer/src/features/review/model/rows';
import type { StoredLine } from '../../../renderer/src/db/api';

// Invented grid rows: a line whose document names one payer only, and one with a spent split.
function row(line: Partial<StoredLine>, figures: GridRow['figures'] = {}): GridRow {
  return {
    id: 'r',
    kind: 'line',
    depth: 0,
    label: '가',
    expandable: false,
    expanded: false,
    line: {
      key: 'k',
      fiscalYear: 2025,
      project: '가',
      source: { line: 1 },
      documentId: 1,
      ...line,
    },
    figures,
    variance: {} as GridRow['variance'],
    findings: [],
    flags: [],
    noteCount: 0,
    findingsBelow: 0,
  } as GridRow;
}

describe('funding columns of the review grid', () => {
  it('mark a funding part of a partial split, and only the parts the line states', () => {
    const partial = row(
      { funding: { national: 98_000_000 }, fundingPartial: true },
      { 'funding.national': 98_000_000 },
    );
    const national = columnById('funding.national')!;
    const city = columnById('funding.city')!;
    expect(national.mark?.(partial)?.short).toEqual({ ko: '일부', en: 'part' });
    expect(city.mark?.(partial)).toBeUndefined();
    const whole = row({ funding: { national: 98_000_000 } }, { 'funding.national': 98_000_000 });
    expect(national.mark?.(whole)).toBeUndefined();
  });

  it('show the spent figure’s own split in the 집행 columns, from the line itself', () => {
    const spent = row({
      spent: 840_000_000,
      funding: { national: 1_015_000_000 },
      spentFunding: { national: 588_000_000, city: 252_000_000 },
    });
    expect(columnById('spentFunding.national')?.value(spent)).toBe(588_000_000);
    expect(columnById('spentFunding.city')?.value(spent)).toBe(252_000_000);
    expect(columnById('spentFunding.other')?.value(spent)).toBeUndefined();
  });
});
