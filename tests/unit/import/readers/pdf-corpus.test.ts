/**
 * The eight real bureau plans in ../shared/corpus/busan-2025: every page opens, and the table rows a
 * person read off the rendered pages (tests/corpus-keys/pdf-tables/*.json) come out of the reader
 * cell for cell. Each PDF is read once per run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../../cli/readers';
import { readDocument, type ReaderOutput } from '../../../../shared/import';
import type { TableRowBlock } from '../../../../shared/import/blocks/types';
import { corpusBytes, corpusPresent } from '../../../support/corpus';

interface KeyRow {
  page: number;
  label: string;
  /** the cells after the label, as printed; null where the key does not say */
  cells: (string | null)[];
}

interface TableKey {
  document: string;
  rows: KeyRow[];
}

const KEYS = join(import.meta.dirname, '../../../corpus-keys/pdf-tables');
const keys: TableKey[] = readdirSync(KEYS)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(KEYS, file), 'utf8')) as TableKey);

/** pages of each PDF, as its folder's README lists them */
const PAGES: Record<string, number> = {
  관광마이스국: 46,
  교통혁신국: 37,
  낙동강관리본부: 46,
  도시혁신균형실: 76,
  시민건강국: 46,
  청년산학국: 49,
  푸른도시국: 46,
  환경물정책실: 49,
};

const present = corpusPresent('busan-2025', 'PDF reader on the real bureau plans');
const reads = new Map<string, Promise<ReaderOutput>>();

function read(document: string): Promise<ReaderOutput> {
  let reading = reads.get(document);
  if (!reading) {
    reading = readDocument(corpusBytes(document), { fileName: document }, nodeReaders);
    reads.set(document, reading);
  }
  return reading;
}

/** Spaces do not matter, nor which dash or tilde, nor a list marker before a label. */
const norm = (text: string) =>
  text
    .replace(/\s+/g, '')
    .replace(/[–—−]/g, '-')
    .replace(/[∼〜～]/g, '~')
    .replace(/^[○◦•·ㅇ]+/, '');

function matches(row: TableRowBlock, key: KeyRow): boolean {
  const at = row.cells.findIndex((cell) => norm(cell.text) === norm(key.label));
  if (at < 0) return false;
  const after = row.cells.slice(at + (row.cells[at]!.colSpan ?? 1));
  return key.cells.every(
    (cell, i) => cell === null || (after[i] !== undefined && norm(after[i].text) === norm(cell)),
  );
}

function rowsOnPage(output: ReaderOutput, page: number): TableRowBlock[] {
  return output.blocks.flatMap((block) =>
    block.kind === 'table'
      ? [...block.header, ...block.rows].filter((row) => row.source?.page === page)
      : [],
  );
}

const bureau = (document: string) => /2025년 (\S+) /.exec(document)?.[1] ?? document;

describe.skipIf(!present)('the real bureau plans (busan-2025)', { timeout: 600_000 }, () => {
  it.each(keys.map((key) => [bureau(key.document), key] as const))(
    'opens every page of the %s plan without an error',
    async (name, key) => {
      const output = await read(key.document);
      expect(output.warnings).toEqual([]);
      expect(output.pages).toBe(PAGES[name]);
      const pages = new Set([...(output.positions?.values() ?? [])].map((p) => p.page));
      expect(pages.size).toBeGreaterThan(PAGES[name]! * 0.8);
    },
  );

  it.each(keys.map((key) => [bureau(key.document), key.rows.length, key] as const))(
    'reads the %s plan’s tables as the pages show them (%i rows read by hand)',
    async (_, count, key) => {
      expect(count).toBeGreaterThanOrEqual(10);
      const output = await read(key.document);
      const missed = key.rows.filter(
        (row) => !rowsOnPage(output, row.page).some((found) => matches(found, row)),
      );
      expect(missed).toEqual([]);
    },
  );
});
