import type { SourcePosition } from '../../../model/source';
import type { FlowCell, FlowItem, FlowParagraph, FlowTable } from './model';
import { cellsInOrder, layoutGrid, type TableGrid } from './grid';
import { mapPrivateUse } from './private-use';

/** A table drawn as tab-separated rows in the text. */
export interface RenderedTable {
  table: FlowTable;
  /** 0-based index among all tables of the document, nested ones included, in reading order */
  index: number;
  grid: TableGrid;
  /** 1-based text line of each grid row */
  rowLines: number[];
  /** cellTexts[row][col]: the paragraphs of the cell anchored there (empty where none) */
  cellTexts: string[][][];
}

export interface Rendering {
  lines: string[];
  /** 1-based line → where it sits in the original */
  positions: Map<number, SourcePosition>;
  /** tables of two rows or more and two columns or more */
  tables: RenderedTable[];
  /** single-row tables (a numbered title `1 | 성과`, a label and its value): their lines */
  rowLines: Map<number, string[]>;
  /** 1-based line → outline level, for outline-numbered paragraphs */
  outline: Map<number, number>;
}

/** Text of one line: no tabs (they would read as table cells) and private-use bullets mapped. */
function lineText(text: string): string {
  return mapPrivateUse(text).replace(/\t/g, ' ');
}

function paragraphText(paragraph: FlowParagraph): string {
  return paragraph.head ? `${paragraph.head} ${paragraph.text}` : paragraph.text;
}

/** Text with nothing for lineText and space-squeezing to change: no runs of spaces, no tabs,
 * no other kinds of space, no private use. */
const PLAIN = /^(?:[^\s\ue000-\uf8ff\udb80-\udbff]| (?! ))*$/;

/** What a cell shows on its row's line: its paragraphs, one after another. */
function cellParagraphs(cell: FlowCell | undefined): string[] {
  if (!cell) return [];
  const texts: string[] = [];
  for (const item of cell.items) {
    if (item.kind !== 'paragraph') continue;
    const whole = paragraphText(item);
    // most cells hold one short line: no split, no private-use mapping, no spaces to squeeze
    const parts = whole.includes('\n') ? whole.split('\n') : [whole];
    for (const part of parts) {
      const text = (PLAIN.test(part) ? part : lineText(part).replace(/\s+/g, ' ')).trim();
      if (text !== '') texts.push(text);
    }
  }
  return texts;
}

const NO_TABLES: FlowTable[] = [];

function nestedTables(cell: FlowCell | undefined): FlowTable[] {
  if (!cell || !cell.items.some((item) => item.kind === 'table')) return NO_TABLES;
  return cell.items.filter((item): item is FlowTable => item.kind === 'table');
}

/** One row whose cells hold several paragraphs or tables: side-by-side text, not a table row. */
function isLayoutRow(grid: TableGrid): boolean {
  return cellsInOrder(grid).some(
    (cell) => cellParagraphs(cell).length > 1 || nestedTables(cell).length > 0,
  );
}

/**
 * The model → the document's text: one line per paragraph (and per forced line break), a table's
 * rows as tab-separated lines, tables nested in cells after their table. A table of one column
 * (a box around text, a boxed title) is not a table to the reader: its contents are read as if
 * they stood in the body.
 */
export function renderFlow(sections: readonly FlowItem[][]): Rendering {
  const rendering: Rendering = {
    lines: [],
    positions: new Map(),
    tables: [],
    rowLines: new Map(),
    outline: new Map(),
  };
  const indexOf = new Map<FlowTable, number>();
  const push = (text: string, position: SourcePosition) => {
    rendering.lines.push(text);
    rendering.positions.set(rendering.lines.length, position);
    return rendering.lines.length;
  };
  const number = (table: FlowTable) => {
    let index = indexOf.get(table);
    if (index === undefined) {
      index = indexOf.size;
      indexOf.set(table, index);
    }
    return index;
  };

  const visit = (items: readonly FlowItem[], inCell?: SourcePosition) => {
    for (const item of items) {
      if (item.kind === 'paragraph') {
        const where = inCell ?? { section: item.place.section, paragraph: item.place.paragraph };
        for (const part of paragraphText(item).split('\n')) {
          const line = push(lineText(part), where);
          if (item.outline) rendering.outline.set(line, item.outline);
        }
        continue;
      }
      table(item);
    }
  };

  const table = (item: FlowTable) => {
    const index = number(item);
    const grid = layoutGrid(item);
    const { section, paragraph } = item.place;
    // positions written out, not spread from a base: a spread per cell cost more than the table
    const cellAt = (row: number, col: number) => ({ section, paragraph, table: index, row, col });
    if (grid.cols <= 1 || grid.rows === 0 || (grid.rows === 1 && isLayoutRow(grid))) {
      for (const cell of cellsInOrder(grid)) visit(cell.items, cellAt(cell.row, cell.col));
      return;
    }
    const rowLines: number[] = [];
    const cellTexts: string[][][] = [];
    for (let r = 0; r < grid.rows; r++) {
      const texts = grid.anchor[r]!.map(cellParagraphs);
      cellTexts.push(texts);
      const cells = texts.map((paragraphs) => paragraphs.join(' '));
      const line = push(cells.join('\t'), { section, paragraph, table: index, row: r });
      rowLines.push(line);
      if (grid.rows === 1) rendering.rowLines.set(line, cells);
    }
    if (grid.rows > 1) rendering.tables.push({ table: item, index, grid, rowLines, cellTexts });
    for (const cell of cellsInOrder(grid)) for (const nested of nestedTables(cell)) table(nested);
  };

  sections.forEach((items) => visit(items));
  return rendering;
}
