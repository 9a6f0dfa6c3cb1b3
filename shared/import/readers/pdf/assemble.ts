import type { SourcePosition } from '../../../model/source';
import { textToBlocks, type PlacedTable } from '../../blocks/text-to-blocks';
import { isPageNumber } from '../../blocks/noise';
import { carryGroupLabels } from '../../blocks/table-block';
import type { Block, TableBlock, TableCellBlock, TableRowBlock } from '../../blocks/types';
import { roundBox } from './geometry';
import { findFurniture, type LaidOutPage } from './furniture';
import type { PdfCell, PdfRow, PdfTable } from './table-from-grid';

export interface AssembledPdf {
  text: string;
  blocks: Block[];
  positions: Map<number, SourcePosition>;
}

/** A gap between two lines wider than this share of the font size is a blank line in the text. */
const PARAGRAPH_GAP = 0.9;
/** Column boundaries of a table continued on the next page agree within this. */
const SAME_COLUMN = 3;

function rowText(row: PdfRow): string {
  return row.cells.map((cell) => cell.text.replace(/\s*\n\s*/g, ' ')).join('\t');
}

function cellBlock(cell: PdfCell, page: number): TableCellBlock {
  const block: TableCellBlock = { text: cell.text, label: cell.label };
  if (cell.colSpan) block.colSpan = cell.colSpan;
  if (cell.rowSpan) block.rowSpan = cell.rowSpan;
  if (cell.box) block.source = { page, box: roundBox(cell.box) };
  return block;
}

function sameColumns(a: PdfTable, b: PdfTable): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= SAME_COLUMN);
}

function sameHeader(a: PdfTable, b: PdfTable): boolean {
  return a.columnLabels.join('\t') === b.columnLabels.join('\t');
}

class TextBuilder {
  readonly lines: string[] = [];
  readonly positions = new Map<number, SourcePosition>();
  readonly tables: PlacedTable[] = [];
  readonly furniture = new Set<number>();

  blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  /** Adds a line and returns its 1-based number. */
  line(text: string, position: SourcePosition): number {
    this.lines.push(text);
    this.positions.set(this.lines.length, position);
    return this.lines.length;
  }
}

/**
 * Writes a table's rows as lines and places its block on them. A continued table's repeated header
 * is written (the text shows the page) but its rows join the table above.
 */
function addTable(out: TextBuilder, table: PdfTable, page: number, continues: boolean): void {
  const start = out.lines.length;
  if (continues)
    for (const row of table.header) out.line(rowText(row), { page, box: roundBox(row.box) });
  const rowOf = (row: PdfRow): TableRowBlock => {
    const raw = rowText(row);
    const source = { page, box: roundBox(row.box) };
    const line = out.line(raw, source);
    const cells = row.cells.map((cell) => cellBlock(cell, page));
    return { cells, line, raw, groupLabel: cells[0]?.label ?? '', source };
  };
  const header = continues ? [] : table.header.map(rowOf);
  const rows = table.rows.map(rowOf);
  carryGroupLabels(rows);
  const block: TableBlock = {
    kind: 'table',
    header,
    columnLabels: table.columnLabels,
    rows,
    line: start + 1,
    endLine: out.lines.length,
    source: { page, box: roundBox(table.box) },
  };
  out.tables.push({ start, end: out.lines.length, table: block, continues });
}

/**
 * Laid-out pages → the document's text (one line per visual line or table row, cells joined by
 * tabs, a blank line between paragraphs and pages), its blocks and each line's position. A table
 * that ends one page and opens the next with the same columns is one table.
 */
export function assemblePdf(pages: readonly LaidOutPage[]): AssembledPdf {
  const furniture = findFurniture(pages);
  const out = new TextBuilder();
  let lastTable: PdfTable | null = null;
  for (const page of pages) {
    out.blank();
    let previousBottom: number | null = null;
    let firstContent = true;
    page.items.forEach((item, index) => {
      const isFurniture = furniture.has(`${page.number}:${index}`);
      const top = item.kind === 'line' ? item.box[1] : item.table.box[1];
      const size = item.kind === 'line' ? item.size : 10;
      if (previousBottom !== null && top - previousBottom > PARAGRAPH_GAP * size) out.blank();
      previousBottom = item.kind === 'line' ? item.box[3] : item.table.box[3];
      if (item.kind === 'line') {
        const line = out.line(item.text, { page: page.number, box: roundBox(item.box) });
        if (isFurniture) out.furniture.add(line - 1);
        else if (!isPageNumber(item.text)) {
          firstContent = false;
          lastTable = null;
        }
        return;
      }
      const { table } = item;
      const continues =
        firstContent &&
        lastTable !== null &&
        sameColumns(lastTable, table) &&
        (table.header.length === 0 || sameHeader(lastTable, table));
      addTable(out, table, page.number, continues);
      firstContent = false;
      lastTable = table;
    });
  }
  const text = out.lines.join('\n');
  const blocks = textToBlocks(text, { tables: out.tables, furniture: out.furniture });
  for (const block of blocks) {
    if (block.kind === 'table' || block.source) continue;
    const position = out.positions.get(block.line);
    if (position) block.source = position;
  }
  return { text, blocks, positions: out.positions };
}
