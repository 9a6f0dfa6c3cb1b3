/**
 * Full-width digits and punctuation (`１，２３４`, `（`, `：`) become ASCII in every block before
 * anything reads them: the interpreter's patterns, table detection and row classing look for ASCII
 * digits, and a table whose figures they miss loses rows and gives wrong sums. Same length, so
 * offsets and lines stay where they were.
 */
import { normalizeNumericText as plain } from '../../money/normalize';
import type { Block, TableCellBlock, TableRowBlock } from './types';

function cell(source: TableCellBlock): TableCellBlock {
  const text = plain(source.text);
  const label = plain(source.label);
  return text === source.text && label === source.label ? source : { ...source, text, label };
}

function row(source: TableRowBlock): TableRowBlock {
  return {
    ...source,
    cells: source.cells.map(cell),
    raw: plain(source.raw),
    groupLabel: plain(source.groupLabel),
  };
}

function block(source: Block): Block {
  switch (source.kind) {
    case 'table':
      return {
        ...source,
        header: source.header.map(row),
        columnLabels: source.columnLabels.map(plain),
        rows: source.rows.map(row),
        ...(source.unit ? { unit: { ...source.unit, text: plain(source.unit.text) } } : {}),
        ...(source.caption
          ? { caption: { ...source.caption, text: plain(source.caption.text) } }
          : {}),
      };
    case 'noise':
      return { ...source, text: plain(source.text) };
    default:
      return { ...source, text: plain(source.text), raw: plain(source.raw) };
  }
}

export function normalizeBlocks(blocks: readonly Block[]): Block[] {
  return blocks.map(block);
}
