/**
 * Worker: @ohah/hwpjs (native, napi-rs) on one file. It is not a dependency of the app: install it
 * in a scratch folder and pass that folder in HWPJS_DIR (e.g. /tmp/hwpjs-eval). Its tables come
 * from `toJson`: objects of type `table` with `cells` carrying `cell_attributes`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { clip, print, type CandidateCell } from './result';

type Json = Record<string, unknown>;

const start = performance.now();
const hwpjs = createRequire(join(process.env.HWPJS_DIR ?? '/tmp/hwpjs-eval', 'package.json'))(
  '@ohah/hwpjs',
) as { toJson(data: Buffer): string };
const initMs = performance.now() - start;

function textOf(node: unknown): string {
  if (Array.isArray(node)) return node.map(textOf).join(' ');
  if (!node || typeof node !== 'object') return '';
  const json = node as Json;
  if (json.type === 'para_text' && typeof json.text === 'string') return json.text;
  return Object.values(json).map(textOf).filter(Boolean).join(' ');
}

function tablesIn(node: unknown, found: Json[]): Json[] {
  if (Array.isArray(node)) node.forEach((each) => tablesIn(each, found));
  else if (node && typeof node === 'object') {
    const json = node as Json;
    if (json.type === 'table' && json.table && typeof json.table === 'object')
      found.push(json.table as Json);
    Object.values(json).forEach((each) => tablesIn(each, found));
  }
  return found;
}

try {
  const data = readFileSync(process.argv[2]!);
  const began = performance.now();
  const doc = JSON.parse(hwpjs.toJson(data)) as Json;
  const readMs = performance.now() - began;
  const all = tablesIn(doc.body_text, []);
  const cellsOf = (table: Json): CandidateCell[] =>
    ((table.cells as Json[]) ?? []).map((cell) => {
      const a = cell.cell_attributes as Json;
      return {
        row: Number(a.row_address),
        col: Number(a.col_address),
        rowSpan: Number(a.row_span),
        colSpan: Number(a.col_span),
        text: clip(textOf(cell.paragraphs)),
      };
    });
  print({
    ok: true,
    initMs,
    readMs,
    tableObjects: all.length,
    tables: all.map(cellsOf),
    sample: textOf(doc.body_text).slice(0, 4000),
  });
} catch (error) {
  print({ ok: false, initMs, error: String(error) });
}
