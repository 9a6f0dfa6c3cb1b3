/**
 * Blocks: what a reader (text, PDF, HWP/HWPX, spreadsheet) makes of a report before anyone tries
 * to understand it. The interpreter (stage 2) only sees these, never the file they came from.
 * Line numbers are 1-based positions in the document's text as stored (for formats other than
 * text, the reader's text rendering: one line per visual line or table row, cells joined by tabs);
 * `source`, where present, says where that block sits in the original file (page and box, HWP
 * section/paragraph/cell, sheet/row).
 */
import type { SourcePosition } from '../../model/source';

export type { SourcePosition };

/** How a heading was marked: `#`, `Ⅰ.`, `1.`, `가.`, `①`, `□`, `○`, `■`, `◆`, `【…】`, `**…**`. */
export type HeadingMarker =
  | 'hash'
  | 'roman'
  | 'number'
  | 'hangul'
  | 'circled'
  | 'paren-number'
  | 'square'
  | 'circle'
  | 'filled-square'
  | 'diamond'
  | 'bracket'
  | 'bold'
  | 'plain';

export interface HeadingBlock {
  kind: 'heading';
  /** 1 = a part of the document (`Ⅰ.`), larger = deeper */
  level: number;
  marker: HeadingMarker;
  /** the ordinal as written (`1`, `가`, `②`, `Ⅲ`), when the marker has one */
  ordinal?: string;
  /** heading text without its marker */
  text: string;
  line: number;
  /** the whole source line */
  raw: string;
  source?: SourcePosition;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  line: number;
  raw: string;
  source?: SourcePosition;
}

export interface ListItemBlock {
  kind: 'list';
  /** `-`, `○`, `·`, `※`, `*`, `▶`… */
  marker: string;
  /** 0 for a top-level item, more for indented ones */
  depth: number;
  text: string;
  line: number;
  raw: string;
  source?: SourcePosition;
}

export interface TableCellBlock {
  /** cell text with HTML stripped (`<li>` became line breaks) and spaces tidied */
  text: string;
  /** the first line of the text: the name a cell gives, without its HTML description */
  label: string;
  /** a merged cell: how many columns / rows it covers (absent = 1). The cells it covers to its
   * right are present as empty cells, so every row keeps the table's width. */
  colSpan?: number;
  rowSpan?: number;
  /** where the cell sits in the original (a PDF cell's box, an HWP cell's address) */
  source?: SourcePosition;
}

export interface TableRowBlock {
  cells: TableCellBlock[];
  line: number;
  raw: string;
  /**
   * the first cell carried down from the row above when this row leaves it empty (a merged label:
   * `합⇥정 원` / `⇥현 원`); equal to cells[0].label otherwise
   */
  groupLabel: string;
  source?: SourcePosition;
}

export interface TableBlock {
  kind: 'table';
  /** one or two header rows (the second one sits under merged cells of the first) */
  header: TableRowBlock[];
  /** per column: header text with spaces removed, both header rows joined with '/' */
  columnLabels: string[];
  rows: TableRowBlock[];
  /** `(단위: 천원)` or a caption line carrying the unit, found just above the table */
  unit?: { text: string; line: number };
  /** the heading or paragraph right above the table (`【인력현황】`, `○ 세출 총괄`) */
  caption?: { text: string; line: number };
  line: number;
  endLine: number;
  /** the table's first part (a table joined across pages keeps the page where it starts) */
  source?: SourcePosition;
}

export interface UnitBlock {
  kind: 'unit';
  text: string;
  line: number;
  raw: string;
  source?: SourcePosition;
}

export interface NoiseBlock {
  kind: 'noise';
  reason: 'page-number' | 'page-header' | 'table-of-contents' | 'rule';
  text: string;
  line: number;
  source?: SourcePosition;
}

export type Block =
  HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock | UnitBlock | NoiseBlock;

export type BlockKind = Block['kind'];
