import type { CellValue } from '../../model/table';
import type { SheetEntry } from './collect-rows';
import type { ColumnMapping } from './mapping';
import { auditColumns } from './read-row';
import { isFundingRole } from './roles';
import type { Scoped } from './scopes';

const UNSTATED: CellValue = Object.freeze({ kind: 'text', text: '' });

/**
 * A row with no funding figure states no split: its funding cells must not read as 0 + 0 against
 * its budget. Nor can a total over such rows be split-checked: its funding sums only the rows that
 * have one. Both get funding cells the audit skips (text), so no false 재원 mismatch is reported.
 */
export function leaveUnstatedSplits(
  entries: readonly SheetEntry[],
  scoped: Scoped,
  mapping: ColumnMapping,
): void {
  const slots = auditColumns(mapping).flatMap((index, slot) =>
    isFundingRole(mapping.columns[index]!.role) ? [slot] : [],
  );
  if (slots.length === 0) return;
  const unstated = new Set<number>();
  entries.forEach((entry, index) => {
    if (scoped.kind[index] === 'total') return;
    if (slots.some((slot) => entry.read.cells[slot]?.kind === 'number')) return;
    unstated.add(index);
  });
  if (unstated.size === 0) return;
  const blank = new Set(unstated);
  if (scoped.parents) {
    for (const index of unstated) {
      for (let up = scoped.parents[index]; up !== undefined; up = scoped.parents[up]) {
        if (scoped.kind[up] === 'total') blank.add(up);
      }
    }
  } else scoped.kind.forEach((kind, index) => kind === 'total' && blank.add(index));
  for (const index of blank) {
    const cells = [...entries[index]!.read.cells];
    for (const slot of slots) cells[slot] = UNSTATED;
    entries[index]!.read.cells = cells;
  }
}
