import { buildTable, carryGroupLabels, columnLabels } from '../../blocks/table-block';
import type { TableBlock, TableCellBlock, TableRowBlock } from '../../blocks/types';
import { tidySpaces } from '../../../text/compact';
import type { RenderedTable, Rendering } from './render';
import { joinCellLines } from '../../../text/wrapped-words';
import { declaresUnit } from '../../../money/table-unit';

/**
 * A cell's paragraphs on one line (a word the narrow cell broke joined again); they are squeezed
 * and trimmed already, bar zero-width spaces.
 */
function labelOf(paragraphs: readonly string[]): string {
  const joined = paragraphs.length === 1 ? paragraphs[0]! : joinCellLines(paragraphs);
  return /[\u00a0\u3000\u200b]/.test(joined) ? tidySpaces(joined) : joined;
}

/** Whether the text reader would take this one line for a header row (short words, no figures). */
function headerLike(text: string, line: number): boolean {
  return buildTable([{ text, line }]).header.length === 1;
}

/**
 * How many header rows: the first row if it reads as a header, and the second too when a cell of
 * the first spans down into it (`구분` over two rows beside `예산액` over `2024년 | 2025년`). Without
 * such a cell the second row is data, however short its words (`기획 | 행사기획`).
 */
function headerRows(rendered: RenderedTable, rendering: Rendering, from: number): number {
  const [first, second] = rendered.rowLines.slice(from);
  if (first === undefined || !headerLike(rendering.lines[first - 1]!, first)) return 0;
  const spansDown = rendered.grid.anchor[from]!.some(
    (cell) => cell !== undefined && cell.rowSpan > 1,
  );
  const more = rendered.grid.rows - from > 2 && second !== undefined;
  return spansDown && more && headerLike(rendering.lines[second - 1]!, second) ? 2 : 1;
}

/**
 * A first row that holds nothing but `(단위: 백만원)` (the table's unit written in its own top row,
 * right-aligned above the header): the table's unit line, neither its header nor data.
 */
function unitRowText(rendered: RenderedTable): string | undefined {
  if (rendered.grid.rows < 2) return undefined;
  const filled = (rendered.cellTexts[0] ?? [])
    .map((paragraphs) => paragraphs.join(' ').trim())
    .filter((text) => text !== '');
  const [only] = filled;
  return filled.length === 1 && declaresUnit(only!) && only!.length <= 24 ? only : undefined;
}

/**
 * A table from the file's structure: each cell's own text (its paragraphs), spans and address;
 * header rows from the grid, column labels joined as the text reader joins them.
 */
export function tableFromGrid(rendered: RenderedTable, rendering: Rendering): TableBlock {
  const { grid, rowLines, index, table, cellTexts } = rendered;
  const { section, paragraph } = table.place;
  const place = { section, paragraph, table: index };
  const rows: TableRowBlock[] = rowLines.map((line, r) => {
    const cells = grid.anchor[r]!.map((cell, c): TableCellBlock => {
      const paragraphs = cellTexts[r]![c]!;
      const out: TableCellBlock = {
        text: paragraphs.join('\n'),
        label: labelOf(paragraphs),
        // written out, not spread from `place`: a spread per cell cost more than the rest of the cell
        source: { section, paragraph, table: index, row: r, col: c },
      };
      if (cell && cell.colSpan > 1) out.colSpan = Math.min(cell.colSpan, grid.cols - c);
      if (cell && cell.rowSpan > 1) out.rowSpan = Math.min(cell.rowSpan, grid.rows - r);
      return out;
    });
    const raw = rendering.lines[line - 1]!;
    return {
      cells,
      line,
      raw,
      groupLabel: cells[0]?.label ?? '',
      source: { section, paragraph, table: index, row: r },
    };
  });
  const unitText = unitRowText(rendered);
  const unitRow = unitText === undefined ? [] : rows.splice(0, 1);
  const header = rows.splice(0, headerRows(rendered, rendering, unitRow.length));
  carryGroupLabels(rows);
  const block: TableBlock = {
    kind: 'table',
    header,
    columnLabels: columnLabels(header, grid.cols),
    rows,
    line: rowLines[0]!,
    endLine: rowLines[rowLines.length - 1]!,
    source: place,
  };
  if (unitText !== undefined) block.unit = { text: unitText, line: unitRow[0]!.line };
  // `(단위 : 조원)` written in the corner cell of the header, as Korean tables often do
  for (const row of header) {
    const cell = row.cells.find((each) => declaresUnit(each.text));
    if (cell && !block.unit) block.unit = { text: cell.text, line: row.line };
  }
  return block;
}
