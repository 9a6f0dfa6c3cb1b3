import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TableReading } from '../../../../shared/import';
import { readCorrectionsData } from '../../../../shared/import/corrections-file';
import {
  emptyCorrections,
  hierarchyChoice,
  mergeFromFile,
  replaceDocument,
  resetTable,
  setColumnRole,
  setHeaderRows,
  setHierarchy,
  setRowParent,
  setTableUnit,
  correctionOf,
} from '../../../../renderer/src/features/library/import/reading-corrections';
import { TABLE_ROLES } from '../../../../renderer/src/features/library/import/role-options';
import { MESSAGES } from '../../../../renderer/src/i18n/messages';

const SHA = 'a'.repeat(64);

const reading = (signature: string, columns = 4): TableReading => ({
  signature,
  line: 10,
  kind: 'money',
  headerRows: 1,
  columns: Array.from({ length: columns }, (_, index) => ({
    label: `열${index}`,
    role: index === 0 ? 'label' : 'budget',
  })),
  hierarchy: 'sums',
  parents: [null, 0, 0],
  rowLabels: ['계', '가', '나'],
  corrected: false,
});

describe('the import preview’s table corrections', () => {
  it('stores a changed column role at its column and nothing for the others', () => {
    const table = reading('사업명|예산액#1');
    const next = setColumnRole(emptyCorrections(SHA), table, 2, 'spent');
    expect(next.tables).toEqual([
      { signature: '사업명|예산액#1', roles: [null, null, 'spent', null] },
    ]);
  });

  it('forgets a table once its last change is undone, so nothing empty is stored', () => {
    const table = reading('t#1');
    const set = setColumnRole(emptyCorrections(SHA), table, 1, 'ignore');
    expect(setColumnRole(set, table, 1, undefined).tables).toEqual([]);
    const unit = setTableUnit(emptyCorrections(SHA), table, '백만원');
    expect(correctionOf(unit, 't#1')?.unit).toBe('백만원');
    expect(setTableUnit(unit, table, undefined).tables).toEqual([]);
  });

  it('keeps each table’s corrections apart and never changes the set it was given', () => {
    const first = reading('a#1');
    const second = reading('a#2');
    const start = emptyCorrections(SHA);
    const one = setTableUnit(start, first, '천원');
    const two = setColumnRole(one, second, 3, 'funding:national');
    expect(start.tables).toEqual([]);
    expect(one.tables).toHaveLength(1);
    expect(correctionOf(two, 'a#1')).toEqual({ signature: 'a#1', unit: '천원' });
    expect(correctionOf(two, 'a#2')?.roles?.[3]).toBe('funding:national');
    expect(resetTable(two, 'a#1').tables.map((t) => t.signature)).toEqual(['a#2']);
  });

  it('states the hierarchy as flat, as read (confirmed), or leaves it to the reader', () => {
    const table = reading('h#1');
    const flat = setHierarchy(emptyCorrections(SHA), table, 'flat');
    expect(correctionOf(flat, 'h#1')?.parents).toEqual([null, null, null]);
    expect(hierarchyChoice(correctionOf(flat, 'h#1'))).toBe('flat');
    const confirmed = setHierarchy(flat, table, 'confirmed');
    expect(correctionOf(confirmed, 'h#1')?.parents).toEqual([null, 0, 0]);
    expect(hierarchyChoice(correctionOf(confirmed, 'h#1'))).toBe('confirmed');
    expect(setHierarchy(confirmed, table, 'as-read').tables).toEqual([]);
  });

  it('places one row under an earlier row or at the top, keeping the other rows as read', () => {
    const table = reading('p#1');
    const moved = setRowParent(emptyCorrections(SHA), table, 2, 1);
    expect(correctionOf(moved, 'p#1')?.parents).toEqual([null, 0, 1]);
    const top = setRowParent(moved, table, 1, null);
    expect(correctionOf(top, 'p#1')?.parents).toEqual([null, null, 1]);
    // a row cannot be put under itself or a later row (the audit sums children into parents above)
    expect(setRowParent(top, table, 1, 2)).toBe(top);
    expect(setRowParent(top, table, 1, 1)).toBe(top);
  });

  it('forgets a stated hierarchy when the header rows change (the data rows are others then)', () => {
    const table = reading('r#1');
    const confirmed = setHierarchy(emptyCorrections(SHA), table, 'confirmed');
    const reheaded = setHeaderRows(confirmed, table, 2);
    expect(correctionOf(reheaded, 'r#1')).toEqual({ signature: 'r#1', headerRows: 2 });
  });

  it('replaces one document’s stored corrections and drops a document left with none', () => {
    const other = { sha256: 'b'.repeat(64), tables: [{ signature: 'x#1', unit: '원' as const }] };
    const mine = setTableUnit(emptyCorrections(SHA), reading('y#1'), '억원');
    const stored = replaceDocument([other], mine);
    expect(stored.map((d) => d.sha256)).toEqual(['b'.repeat(64), SHA]);
    expect(replaceDocument(stored, emptyCorrections(SHA))).toEqual([other]);
  });

  it('merges a loaded file’s tables for this document only, the file winning', () => {
    const mine = setTableUnit(emptyCorrections(SHA), reading('m#1'), '천원');
    const merged = mergeFromFile(mine, [
      {
        sha256: SHA,
        tables: [
          { signature: 'm#1', unit: '백만원' },
          { signature: 'n#1', headerRows: 2 },
        ],
      },
      { sha256: 'c'.repeat(64), tables: [{ signature: 'o#1', unit: '원' }] },
    ]);
    expect(merged.tables).toEqual([
      { signature: 'm#1', unit: '백만원' },
      { signature: 'n#1', headerRows: 2 },
    ]);
  });

  it('always produces a set the CLI’s corrections file accepts, whatever the edits', () => {
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('role' as const),
        table: fc.nat(2),
        column: fc.nat(3),
        role: fc.option(fc.constantFrom(...TABLE_ROLES), { nil: undefined }),
      }),
      fc.record({
        kind: fc.constant('unit' as const),
        table: fc.nat(2),
        unit: fc.option(fc.constantFrom('원', '천원', '백만원', '억원') as fc.Arbitrary<'원'>, {
          nil: undefined,
        }),
      }),
      fc.record({ kind: fc.constant('header' as const), table: fc.nat(2), rows: fc.nat(5) }),
      fc.record({
        kind: fc.constant('hierarchy' as const),
        table: fc.nat(2),
        choice: fc.constantFrom('as-read', 'confirmed', 'flat') as fc.Arbitrary<'flat'>,
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        const tables = [reading('p#1'), reading('p#2'), reading('q#1')];
        let corrections = emptyCorrections(SHA);
        for (const e of edits) {
          const table = tables[e.table]!;
          if (e.kind === 'role') corrections = setColumnRole(corrections, table, e.column, e.role);
          else if (e.kind === 'unit') corrections = setTableUnit(corrections, table, e.unit);
          else if (e.kind === 'header') corrections = setHeaderRows(corrections, table, e.rows);
          else corrections = setHierarchy(corrections, table, e.choice);
        }
        const read = readCorrectionsData(JSON.parse(JSON.stringify(corrections)));
        expect(read.ok).toBe(true);
        const signatures = corrections.tables.map((table) => table.signature);
        expect(new Set(signatures).size).toBe(signatures.length);
      }),
    );
  });

  it('names every role the preview offers in Korean and English', () => {
    for (const role of TABLE_ROLES) {
      const entry = (MESSAGES as Record<string, { ko: string; en: string }>)[
        `reading.role.${role}`
      ];
      expect(entry?.ko, role).toBeTruthy();
      expect(entry?.en, role).toBeTruthy();
    }
  });
});
