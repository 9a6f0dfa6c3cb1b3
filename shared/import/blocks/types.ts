/**
 * Blocks: what a reader (text today; .hwpx/.pdf/.xlsx later) makes of a report before anyone tries
 * to understand it. The interpreter (stage 2) only sees these, never the file they came from.
 * Line numbers are 1-based positions in the imported text.
 */

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
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  line: number;
  raw: string;
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
}

export interface TableCellBlock {
  /** cell text with HTML stripped (`<li>` became line breaks) and spaces tidied */
  text: string;
  /** the first line of the text: the name a cell gives, without its HTML description */
  label: string;
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
}

export interface UnitBlock {
  kind: 'unit';
  text: string;
  line: number;
  raw: string;
}

export interface NoiseBlock {
  kind: 'noise';
  reason: 'page-number' | 'page-header' | 'table-of-contents' | 'rule';
  text: string;
  line: number;
}

export type Block =
  HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock | UnitBlock | NoiseBlock;

export type BlockKind = Block['kind'];
