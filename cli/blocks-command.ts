import { readDocument } from '../shared/import';
import type { Block, TableRowBlock } from '../shared/import/blocks/types';
import { CliError } from './errors';
import { fileArgs, langOf, say, type Lang } from './lang';
import { readerFailure, readInput } from './read-report';
import { nodeReaders } from './readers';

interface JsonCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

function jsonRow(row: TableRowBlock): { cells: JsonCell[] } {
  return {
    cells: row.cells.map((cell) => {
      const json: JsonCell = { text: cell.text };
      if (cell.colSpan) json.colSpan = cell.colSpan;
      if (cell.rowSpan) json.rowSpan = cell.rowSpan;
      return json;
    }),
  };
}

/** The issue's shape: a table is `{ kind, source, header, rows }`, rows of `{ cells }`. */
export function blockJson(block: Block): Record<string, unknown> {
  if (block.kind === 'table')
    return {
      kind: 'table',
      source: block.source,
      header: block.header.map(jsonRow),
      rows: block.rows.map(jsonRow),
    };
  const json: Record<string, unknown> = { kind: block.kind, line: block.line, text: block.text };
  if (block.kind === 'heading') Object.assign(json, { level: block.level, marker: block.marker });
  if (block.kind === 'list') Object.assign(json, { marker: block.marker, depth: block.depth });
  if (block.kind === 'noise') json.reason = block.reason;
  if (block.source) json.source = block.source;
  return json;
}

function where(block: Block): string {
  const page = block.source?.page ? `p${block.source.page} ` : '';
  const box = block.source?.box ? `[${block.source.box.join(', ')}] ` : '';
  return `${page}${box}`;
}

function spans(cell: TableRowBlock['cells'][number]): string {
  const marks = [cell.colSpan ? `→${cell.colSpan}` : '', cell.rowSpan ? `↓${cell.rowSpan}` : ''];
  return marks.join('') ? `{${marks.join('')}}` : '';
}

function rowLine(row: TableRowBlock): string {
  return `  ${row.line}: ${row.cells.map((cell) => `${cell.text.replace(/\n/g, ' ⏎ ')}${spans(cell)}`).join(' | ')}`;
}

/** One block as a readable line (tables as their rows, header first, then the column labels). */
export function blockText(block: Block, lang: Lang): string {
  if (block.kind === 'table') {
    const title = say(lang, { ko: '표', en: 'table' });
    return [
      `${where(block)}L${block.line}–${block.endLine} ${title}`,
      ...block.header.map((row) => `${rowLine(row)}   ← header`),
      `  columns: ${block.columnLabels.map((label) => label || '·').join(' | ')}`,
      ...block.rows.map(rowLine),
    ].join('\n');
  }
  const kind =
    block.kind === 'heading'
      ? `heading ${block.level}${block.ordinal ? ` ${block.ordinal}` : ''} (${block.marker})`
      : block.kind === 'list'
        ? `list ${block.marker} ${block.depth}`
        : block.kind === 'noise'
          ? `noise ${block.reason}`
          : block.kind;
  return `${where(block)}L${block.line} ${kind}: ${block.text}`;
}

function pageOf(args: readonly string[], lang: Lang): number | undefined {
  const index = args.findIndex((arg) => arg === '--page' || arg.startsWith('--page='));
  if (index < 0) return undefined;
  const value = args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
  const page = Number(value);
  if (!Number.isInteger(page) || page < 1)
    throw new CliError(
      say(lang, { ko: `쪽 번호가 잘못되었습니다: ${value}`, en: `not a page number: ${value}` }),
    );
  return page;
}

/** `blocks FILE [--page N] [--json]`: what the reader saw, every block with its position. */
export async function runBlocks(
  args: readonly string[],
  out: (text: string) => void,
): Promise<number> {
  const lang = langOf(args);
  const page = pageOf(args, lang);
  const files = fileArgs(args.filter((arg, i) => arg !== String(page) || args[i - 1] !== '--page'));
  if (files.length !== 1)
    throw new CliError(
      say(lang, {
        ko: '파일 하나를 지정하세요: blocks 파일 [--page N] [--json]',
        en: 'name one file: blocks FILE [--page N] [--json]',
      }),
    );
  const { name, bytes } = readInput(files[0]!, lang);
  const fileName = files[0]!.split(/[\\/]/).pop();
  let blocks: Block[];
  try {
    blocks = (await readDocument(bytes, fileName ? { fileName } : {}, nodeReaders)).blocks;
  } catch (error) {
    readerFailure(name, error);
  }
  const shown = page === undefined ? blocks : blocks.filter((b) => b.source?.page === page);
  if (args.includes('--json')) out(`${JSON.stringify(shown.map(blockJson), null, 2)}\n`);
  else out(`${shown.map((block) => blockText(block, lang)).join('\n')}\n`);
  return 0;
}
