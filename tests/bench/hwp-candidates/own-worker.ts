/** Worker: our reader (cfb-free compound file + fflate, OWPML on our XML reader) on one file. */
import { readFileSync } from 'node:fs';
import type { TableBlock } from '../../../shared/import/blocks/types';
import { readDocument } from '../../../shared/import/readers';
import { clip, print, type CandidateCell } from './result';

const start = performance.now();
const { hwpReaders } = await import('../../../cli/readers/hwp-node');
const initMs = performance.now() - start;
const bytes = new Uint8Array(readFileSync(process.argv[2]!));
try {
  const began = performance.now();
  const read = await readDocument(bytes, {}, hwpReaders);
  const readMs = performance.now() - began;
  const indices = new Set<number>();
  for (const position of read.positions?.values() ?? [])
    if (position.table !== undefined) indices.add(position.table);
  const tables = read.blocks
    .filter((block): block is TableBlock => block.kind === 'table')
    .map((table) =>
      [...table.header, ...table.rows].flatMap((row) =>
        row.cells.map((cell): CandidateCell => ({
          row: cell.source?.row ?? 0,
          col: cell.source?.col ?? 0,
          rowSpan: cell.rowSpan ?? 1,
          colSpan: cell.colSpan ?? 1,
          text: clip(cell.text),
        })),
      ),
    );
  print({
    ok: true,
    initMs,
    readMs,
    tableObjects: indices.size,
    tables,
    sample: read.text.slice(0, 4000),
  });
} catch (error) {
  print({ ok: false, initMs, error: (error as Error).message });
}
