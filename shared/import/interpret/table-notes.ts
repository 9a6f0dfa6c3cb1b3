/**
 * The notes printed right under a table (`* 2023년도 1,527,748대 대비 1.02% 증가`, `※ …`, `주) …`):
 * handed to the audit with the table, which checks the figures they state against its cells.
 */
import type { Block } from '../blocks/types';
import type { TableNote } from '../../model/table';

const NOTE_MARKERS = new Set(['*', '※', '＊', '주)', '주']);
const NOTE_START = /^\s*(?:[*＊※]|주\s*[):])/;

function noteText(block: Block): string | null {
  if (block.kind === 'list' && NOTE_MARKERS.has(block.marker.trim())) return block.text;
  if (block.kind === 'paragraph' && NOTE_START.test(block.text))
    return block.text.replace(NOTE_START, '').trim();
  return null;
}

/** The note blocks that follow the table at `index`, up to the first block that is not one. */
export function notesUnder(blocks: readonly Block[], index: number): TableNote[] {
  const notes: TableNote[] = [];
  for (let next = index + 1; next < blocks.length && notes.length < 5; next++) {
    const block = blocks[next]!;
    const text = noteText(block);
    if (text === null) break;
    notes.push({ text, source: { line: block.line, text } });
  }
  return notes;
}
