/**
 * The real HWP and HWPX documents in ../shared/corpus/hwp, each read once, against the table keys
 * in tests/corpus-keys/hwp (written by reading the documents' rendered pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../../shared/import/blocks/types';
import { compact } from '../../../../shared/text/compact';
import { readDocument, ReaderError, type ReaderOutput } from '../../../../shared/import/readers';
import { readHwp } from '../../../../shared/import/readers/hwp/hwp-reader';
import { readHwpx } from '../../../../shared/import/readers/hwpx/hwpx-reader';
import { corpusBytes, corpusFiles, corpusPresent } from '../../../support/corpus';

const present = corpusPresent('hwp', 'HWP/HWPX corpus tests');
const readers = { hwp: readHwp, hwpx: readHwpx };

/** Every file read once: its output or the error it gave. */
const results = new Map<string, ReaderOutput | ReaderError>();
if (present) {
  const files = [
    ...corpusFiles('hwp/hwp'),
    ...corpusFiles('hwp/hwpx'),
    ...corpusFiles('hwp/negative'),
  ];
  for (const file of files) {
    try {
      results.set(file, await readDocument(corpusBytes(file), { fileName: file }, readers));
    } catch (error) {
      if (!(error instanceof ReaderError)) throw error;
      results.set(file, error);
    }
  }
}

function output(file: string): ReaderOutput {
  const result = results.get(file);
  if (!(result && !(result instanceof ReaderError)))
    throw new Error(`${file} was not read: ${String(result)}`);
  return result;
}

const tablesOf = (read: ReaderOutput) =>
  read.blocks.filter((block): block is TableBlock => block.kind === 'table');

const KEYS = join(import.meta.dirname, '../../../corpus-keys/hwp');
interface TableKey {
  document: string;
  tables: number;
  rows: string[][];
  spans?: { cell: string; colSpan?: number; rowSpan?: number }[];
  amounts: string[];
}
const keys = readdirSync(KEYS)
  .filter((name) => name.endsWith('.tables.json'))
  .map((name) => ({ name, key: JSON.parse(readFileSync(join(KEYS, name), 'utf8')) as TableKey }));

/** The key's cells appear in this order in the row's text (cell borders a page does not show may differ). */
function rowHolds(cells: readonly { text: string }[], wanted: readonly string[]): boolean {
  const joined = compact(cells.map((cell) => cell.text).join(''));
  let from = 0;
  for (const cell of wanted) {
    const at = joined.indexOf(compact(cell), from);
    if (at < 0) return false;
    from = at + compact(cell).length;
  }
  return true;
}

describe.skipIf(!present)('the real HWP and HWPX corpus', () => {
  it('gives every document blocks, or the clear error its kind of file deserves', () => {
    const outcomes = [...results].map(([file, result]) =>
      result instanceof ReaderError ? `${file}: ${result.code}` : `${file}: ${result.format}`,
    );
    for (const outcome of outcomes) {
      if (outcome.includes('password-12345')) expect(outcome).toMatch(/: password$/);
      else if (outcome.includes('negative/')) expect(outcome).toMatch(/: drm$/);
      else expect(outcome).toMatch(/\.(hwpx?): \1$/);
    }
    for (const [file, result] of results)
      if (!(result instanceof ReaderError)) {
        expect(result.blocks.length, file).toBeGreaterThan(0);
        expect(result.text.trim(), file).not.toBe('');
      }
  });

  it('reads a distribution-protected document from ViewText: the same text as its open twin', () => {
    const open = output('hwp/hwp/kwater-press-2026-01-30.hwp');
    const distributed = output('hwp/hwp/kwater-press-2026-01-30_distribution.hwp');
    expect(distributed.text).toBe(open.text);
    expect(distributed.text).toMatch(/봉화댐/);
  });

  it('reads the same press release saved as HWP and as HWPX to the same text and tables', () => {
    const hwp = output('hwp/hwp/fsc-household-loans-2025-07-press.hwp');
    const hwpx = output('hwp/hwpx/fsc-household-loans-2025-07-press.hwpx');
    expect(hwpx.text).toBe(hwp.text);
    expect(tablesOf(hwpx).map((t) => t.columnLabels)).toEqual(
      tablesOf(hwp).map((t) => t.columnLabels),
    );
  });

  it('keeps masked values as text in their cells', () => {
    const read = output('hwp/hwpx/seoul-expenditure-resolution-36382399.hwpx');
    const masked = tablesOf(read)
      .flatMap((table) => table.rows.flatMap((row) => row.cells))
      .filter((cell) => /^\*{4,}$/.test(cell.text));
    expect(masked.length).toBeGreaterThan(3);
  });

  it('maps private-use bullets: no line of any document opens with one', () => {
    for (const [file, result] of results) {
      if (result instanceof ReaderError) continue;
      const opening = result.text
        .split('\n')
        .filter((line) => /^\s*(?:[\ue000-\uf8ff]|[\udb80-\udbff])/.test(line));
      expect(opening, file).toEqual([]);
    }
    const plan = output('hwp/hwp/nikl-2022-work-plan.hwp');
    expect(
      plan.blocks.some((b) => b.kind === 'heading' && b.marker === 'circled' && b.ordinal === '①'),
    ).toBe(true);
  });

  it.each(keys)('matches the table key $name', ({ key }) => {
    const read = output(key.document);
    const tables = tablesOf(read);
    expect(tables).toHaveLength(key.tables);
    const rows = tables.flatMap((table) => [...table.header, ...table.rows]);
    for (const wanted of key.rows)
      expect(
        rows.some((row) =>
          rowHolds(
            row.cells.filter((c) => c.text !== ''),
            wanted,
          ),
        ),
        wanted.join(' | '),
      ).toBe(true);
    const cells = rows.flatMap((row) => row.cells);
    for (const span of key.spans ?? []) {
      const cell = cells.find((each) => compact(each.text) === compact(span.cell));
      expect({ cell: span.cell, colSpan: cell?.colSpan, rowSpan: cell?.rowSpan }).toEqual({
        colSpan: undefined,
        rowSpan: undefined,
        ...span,
      });
    }
    const text = compact(read.text);
    for (const amount of key.amounts) expect(text, amount).toContain(compact(amount));
  });
});
