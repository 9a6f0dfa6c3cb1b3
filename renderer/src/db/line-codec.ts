/**
 * How a chunk of budget lines is stored. Two encodings, both readable:
 * - 'rows': the line objects as they are (IndexedDB structured-clones every object);
 * - 'columnar' (columnar/): typed arrays and joined strings per field. Cloning a few typed arrays
 *   and long strings is far cheaper for IndexedDB than cloning thousands of small objects.
 * Columnar lines come back with every known field as an own property (undefined when absent);
 * JSON, zod and toEqual treat that exactly like a missing field.
 * The bench (tests/bench/store.ts) measures both codecs; WRITE_CODEC is the winner.
 */
import type { BudgetLine } from '@shared/model/report';
import type { StoredLine } from './api';
import { decodeColumnar } from './columnar/decode';
import { encodeColumnar, type ColumnarChunk } from './columnar/encode';

export type LineCodec = 'rows' | 'columnar';
export const WRITE_CODEC: LineCodec = 'columnar';

export type EncodedChunk = { format: 'rows'; lines: BudgetLine[] } | ColumnarChunk;

export function encodeChunk(
  lines: readonly BudgetLine[],
  codec: LineCodec = WRITE_CODEC,
): EncodedChunk {
  return codec === 'rows' ? { format: 'rows', lines: [...lines] } : encodeColumnar(lines);
}

export function decodeChunk(chunk: EncodedChunk, documentId: number): StoredLine[] {
  if (chunk.format === 'rows') {
    for (const line of chunk.lines) (line as StoredLine).documentId = documentId;
    return chunk.lines as StoredLine[];
  }
  return decodeColumnar(chunk, documentId);
}
