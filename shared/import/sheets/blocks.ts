import { parseTableUnit } from '../../money/parse';
import type { SourcePosition } from '../../model/source';
import { compact, tidySpaces } from '../../text/compact';
import type { Block, TableBlock, TableCellBlock, TableRowBlock } from '../blocks/types';
import { cellText } from './cells';
import type { ColumnMapping } from './mapping';
import { renderCell, renderedRow, renderRow } from './render';
import type { SheetGrid } from './types';

function position(grid: SheetGrid, row: number): SourcePosition {
  return grid.delimiter === undefined ? { sheet: grid.name, row } : { row };
}

/**
 * A sheet row as a table row block. Its cells are made when first asked for: a 200,000-row sheet
 * would otherwise allocate millions of cell objects nobody reads.
 */
class SheetRowBlock implements TableRowBlock {
  readonly line: number;
  readonly raw: string;
  readonly source: SourcePosition;
  private made: TableCellBlock[] | undefined;

  constructor(
    private readonly grid: SheetGrid,
    private readonly row: number,
    line: number,
    raw: string,
    source: SourcePosition,
  ) {
    this.line = line;
    this.raw = raw;
    this.source = source;
  }

  get cells(): TableCellBlock[] {
    this.made ??= (this.grid.rows.at(this.row) ?? []).map((cell) => {
      const text = renderCell(cell);
      return { text, label: text };
    });
    return this.made;
  }

  get groupLabel(): string {
    return renderCell(this.grid.rows.at(this.row)?.[0]);
  }
}

function tableRow(grid: SheetGrid, row: number): TableRowBlock {
  return new SheetRowBlock(
    grid,
    row,
    grid.firstLine + row,
    renderedRow(grid, row),
    position(grid, row),
  );
}

function dataRows(grid: SheetGrid, from: number): TableRowBlock[] {
  const rows: TableRowBlock[] = [];
  for (let row = from; row < grid.rows.length; row++) {
    const cells = grid.rows.at(row) ?? [];
    if (cells.every((cell) => cellText(cell) === '')) continue;
    rows.push(tableRow(grid, row));
  }
  return rows;
}

/**
 * A sheet as blocks, for the source view and anything that reads blocks: the rows above the header
 * as paragraphs or a unit line, then one table (header rows and every non-empty row below).
 */
export function sheetBlocks(grid: SheetGrid, mapping: ColumnMapping): Block[] {
  const blocks: Block[] = [];
  if (grid.delimiter === undefined && grid.firstLine > 1) {
    const text = `[시트] ${grid.name}`;
    blocks.push({
      kind: 'heading',
      level: 1,
      marker: 'bracket',
      text: grid.name,
      line: grid.firstLine - 1,
      raw: text,
      source: { sheet: grid.name },
    });
  }
  let unit: TableBlock['unit'];
  for (let row = 0; row < mapping.headerRow && row < grid.rows.length; row++) {
    const raw = renderRow(grid.rows.at(row) ?? []);
    const text = tidySpaces(raw.replace(/\t+/g, ' '));
    if (text === '') continue;
    const line = grid.firstLine + row;
    if (parseTableUnit(text)) {
      unit = { text, line };
      blocks.push({ kind: 'unit', text, line, raw, source: position(grid, row) });
    } else blocks.push({ kind: 'paragraph', text, line, raw, source: position(grid, row) });
  }
  const headerEnd = mapping.headerRow + mapping.headerRows;
  if (mapping.headerRow >= grid.rows.length) return blocks;
  const header: TableRowBlock[] = [];
  for (let row = mapping.headerRow; row < headerEnd && row < grid.rows.length; row++)
    header.push(tableRow(grid, row));
  let rows: TableRowBlock[] | undefined;
  const table: TableBlock = {
    kind: 'table',
    header,
    columnLabels: mapping.columns.map((column) => compact(column.header).replace(/\s*\/\s*/g, '/')),
    // made when first read: most imports never look at a big sheet's rows as blocks
    get rows(): TableRowBlock[] {
      rows ??= dataRows(grid, headerEnd);
      return rows;
    },
    line: grid.firstLine + mapping.headerRow,
    endLine: grid.firstLine + Math.max(headerEnd, grid.rows.length) - 1,
    source: position(grid, mapping.headerRow),
  };
  if (unit) table.unit = unit;
  if (mapping.title) table.caption = { text: mapping.title, line: grid.firstLine };
  blocks.push(table);
  return blocks;
}
