import type { ImportWarning } from '../../model/report';
import type { Block } from '../blocks/types';
import { sheetBlocks } from '../sheets/blocks';
import { proposeMapping } from '../sheets/mapping';
import { renderRows } from '../sheets/render';
import { SheetPositions } from './sheet-positions';
import type { SheetCell, SheetGrid, SheetLines, SheetRows } from '../sheets/types';
import type { ReaderOutput } from './types';

export interface RawSheet {
  name: string;
  rows: SheetRows;
  hidden?: boolean;
  delimiter?: SheetGrid['delimiter'];
  /** no cell holds a tab or a line break (the reader knows it from the file): rendering is a join */
  plain?: boolean;
  /** the rendering the reader already made (a compact CSV grid): its text and each row's line */
  rendering?: { text: string; lines: SheetLines };
}

/**
 * Sheets → the reader's output: the text rendering (one line per row, cells tab-joined; a workbook's
 * sheets one after another, each after a `[시트] name` line), where each line sits, and blocks.
 */
export function sheetsOutput(
  format: 'csv' | 'xlsx',
  sheets: readonly RawSheet[],
  extra: {
    warnings?: ImportWarning[];
    encoding?: ReaderOutput['encoding'];
    fileName?: string;
  } = {},
): ReaderOutput {
  const parts: string[] = [];
  const grids: SheetGrid[] = [];
  const blocks: Block[] = [];
  let nextLine = 1;
  for (const sheet of sheets) {
    if (format === 'xlsx') {
      parts.push(`[시트] ${sheet.name}`);
      nextLine++;
    }
    const grid: SheetGrid = { name: sheet.name, rows: sheet.rows, firstLine: nextLine };
    if (sheet.hidden) grid.hidden = true;
    if (sheet.delimiter) grid.delimiter = sheet.delimiter;
    if (sheet.rendering) {
      grid.rendered = sheet.rendering.lines;
      if (sheet.rows.length > 0) parts.push(sheet.rendering.text);
    } else {
      const rendered = renderRows(
        sheet.rows as readonly (readonly SheetCell[])[],
        sheet.plain === true,
      );
      grid.rendered = rendered;
      if (rendered.length > 0) parts.push(rendered.join('\n'));
    }
    nextLine += sheet.rows.length;
    grids.push(grid);
    blocks.push(...sheetBlocks(grid, proposeMapping(grid, { fileName: extra.fileName })));
  }
  const output: ReaderOutput = {
    format,
    text: parts.join('\n'),
    blocks,
    positions: new SheetPositions(grids, format === 'xlsx'),
    warnings: extra.warnings ?? [],
    sheets: grids,
  };
  if (extra.encoding) output.encoding = extra.encoding;
  return output;
}
