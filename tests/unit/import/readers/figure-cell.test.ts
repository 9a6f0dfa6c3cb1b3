import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../shared/import';
import { readHwpx } from '../../../../shared/import/readers/hwpx/hwpx-reader';
import { fixtureHwpx } from './hwpx-fixture';

const parse = await parseDocument(
  fixtureHwpx('twin-welfare-plan'),
  { fileName: 'plan.hwpx' },
  { hwpx: readHwpx },
);

describe('a table line’s source in an HWPX file', () => {
  it('names the cell of the line’s budget, so the source panel can mark it in the row', () => {
    const lines = parse.report.lines.filter(
      (line) => line.source.table !== undefined && line.budget !== undefined,
    );
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(line.source.col).toBeDefined();
      const cell = line.source.text!.split('\t')[line.source.col!]!;
      // the cell holds the budget, written with thousands separators in the fixture's unit
      expect(Number(cell.replace(/,/g, ''))).toBeGreaterThan(0);
      expect(line.budget! % Number(cell.replace(/,/g, ''))).toBe(0);
    }
  });
});
