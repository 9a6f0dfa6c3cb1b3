/**
 * `※ 2023년 예산 세부 내역`, `’23년 소요예산 내역`: a label that says which year's budget the items
 * under it are — in a plan for 2022, a box detailing next year's request. The items under it (their
 * headings, statements and breakdowns) take that year until the label's box ends (the table cell
 * it is written in) or, outside a box, until the next top-level heading, title or table.
 */
import type { SourcePosition } from '../../model/source';
import { compact } from '../../text/compact';
import type { Block } from '../blocks/types';
import type { ReadingContext } from './context';
import { readSectionTitle } from './sections';

const LABEL =
  /^(?:(\d{4})|['‘’](\d{2}))년도?(?:예산|소요예산|사업비|예산요구|예산안)(?:세부)?(?:내역|산출내역|편성내역|요구내역)?[:：]?$/;

/** The year a budget-year label names, or undefined when the text is no such label. */
export function budgetYearLabel(text: string): number | undefined {
  const word = compact(text).replace(/^[※*＊□■○◦ㅇ▢◇◆\-–·]+/u, '');
  const match = LABEL.exec(word);
  if (!match) return undefined;
  const year = match[1] ? Number(match[1]) : 2000 + Number(match[2]);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

type Cell = Pick<SourcePosition, 'section' | 'paragraph' | 'table' | 'row' | 'col'>;

function cellOf(block: Block): Cell | undefined {
  const source = block.source;
  if (source?.table === undefined || source.row === undefined || source.col === undefined)
    return undefined;
  const { section, paragraph, table, row, col } = source;
  return { section, paragraph, table, row, col };
}

function sameCell(a: Cell, b: Cell | undefined): boolean {
  return (
    b !== undefined &&
    a.section === b.section &&
    a.paragraph === b.paragraph &&
    a.table === b.table &&
    a.row === b.row &&
    a.col === b.col
  );
}

/** Where a label's year holds, and the year the reading goes back to after it. */
export class BudgetYearScope {
  private open: { previous: number; cell: Cell | undefined } | undefined;

  /** Feeds each block before it is read: closes the scope it leaves, opens one at a label. */
  next(block: Block, context: ReadingContext): number | undefined {
    if (this.open && this.leaves(block)) {
      context.fiscalYear = this.open.previous;
      context.labelYear = undefined;
      this.open = undefined;
    }
    if (block.kind !== 'heading' && block.kind !== 'paragraph' && block.kind !== 'list')
      return undefined;
    const year = budgetYearLabel(block.text);
    if (year === undefined || year === context.fiscalYear) return undefined;
    this.open = { previous: this.open?.previous ?? context.fiscalYear, cell: cellOf(block) };
    // projects opened under the label take its year; those opened above it give way to it
    context.fiscalYear = year;
    context.labelYear = year;
    return year;
  }

  private leaves(block: Block): boolean {
    const cell = this.open?.cell;
    if (cell) return !sameCell(cell, cellOf(block));
    if (block.kind === 'table') return true;
    if (block.kind === 'heading' && ['roman', 'number', 'hash'].includes(block.marker)) return true;
    return block.kind !== 'noise' && 'text' in block && readSectionTitle(block.text) !== null;
  }
}
