import type { ImportWarning } from '../../model/report';
import type { SourcePosition } from '../../model/source';
import type { Block } from '../blocks/types';
import { sheetBlocks } from '../sheets/blocks';
import { proposeMapping } from '../sheets/mapping';
import { renderRow } from '../sheets/render';
import type { SheetCell, SheetGrid } from '../sheets/types';
import type { ReaderOutput } from './types';

export interface RawSheet {
  name: string;
  rows: SheetCell[][];
  hidden?: boolean;
  delimiter?: SheetGrid['delimiter'];
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
  const lines: string[] = [];
  const positions = new Map<number, SourcePosition>();
  const grids: SheetGrid[] = [];
  const blocks: Block[] = [];
  for (const sheet of sheets) {
    if (format === 'xlsx') {
      lines.push(`[시트] ${sheet.name}`);
      positions.set(lines.length, { sheet: sheet.name });
    }
    const grid: SheetGrid = { name: sheet.name, rows: sheet.rows, firstLine: lines.length + 1 };
    if (sheet.hidden) grid.hidden = true;
    if (sheet.delimiter) grid.delimiter = sheet.delimiter;
    const rendered = sheet.rows.map(renderRow);
    grid.rendered = rendered;
    for (let row = 0; row < rendered.length; row++) {
      lines.push(rendered[row]!);
      positions.set(lines.length, format === 'xlsx' ? { sheet: sheet.name, row } : { row });
    }
    grids.push(grid);
    blocks.push(...sheetBlocks(grid, proposeMapping(grid, { fileName: extra.fileName })));
  }
  const output: ReaderOutput = {
    format,
    text: lines.join('\n'),
    blocks,
    positions,
    warnings: extra.warnings ?? [],
    sheets: grids,
  };
  if (extra.encoding) output.encoding = extra.encoding;
  return output;
}
