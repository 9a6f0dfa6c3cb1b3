/** The PDF fixtures made from HTML (tests/fixtures/pdf/make-fixtures.ts) and how to read them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeReaders } from '../../cli/readers';
import { readDocument, type ReaderOutput } from '../../shared/import';
import type { Block, TableRowBlock } from '../../shared/import/blocks/types';

export const PDF_FIXTURES = join(import.meta.dirname, '../fixtures/pdf');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(PDF_FIXTURES, name)));
}

const read = new Map<string, Promise<ReaderOutput>>();

/** Reads a fixture PDF once per test run. */
export function readFixture(name: string): Promise<ReaderOutput> {
  let reading = read.get(name);
  if (!reading) {
    reading = readDocument(fixtureBytes(name), { fileName: name }, nodeReaders);
    read.set(name, reading);
  }
  return reading;
}

type Shown =
  | { kind: 'table'; page?: number; header: string[][]; columns: string[]; rows: string[][] }
  | { kind: string; text: string; page?: number; marker?: string };

function cells(row: TableRowBlock): string[] {
  return row.cells.map((cell) => {
    const spans = `${cell.colSpan ? `→${cell.colSpan}` : ''}${cell.rowSpan ? `↓${cell.rowSpan}` : ''}`;
    return spans ? `${cell.text} ${spans}` : cell.text;
  });
}

/** A block as the tests state it: kind, text, page; a table as header cells (with spans) and rows. */
export function shown(block: Block): Shown {
  const page = block.source?.page;
  if (block.kind === 'table')
    return {
      kind: 'table',
      page,
      header: block.header.map(cells),
      columns: block.columnLabels,
      rows: block.rows.map(cells),
    };
  if (block.kind === 'heading')
    return { kind: 'heading', marker: block.marker, text: block.text, page };
  if (block.kind === 'list') return { kind: 'list', marker: block.marker, text: block.text, page };
  return { kind: block.kind, text: block.text, page };
}
