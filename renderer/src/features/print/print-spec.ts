import type { ReactNode } from 'react';

export type Orientation = 'portrait' | 'landscape';

export interface PrintColumn {
  label: string;
  /** share of the table width, in percent */
  width: number;
  numeric?: boolean;
}

export interface PrintRow {
  cells: string[];
  /** the row has findings: printed with a marker */
  flagged?: boolean;
  /** id of a block whose page number fills the last cell (the contents) */
  pageRef?: string;
}

export interface PrintTable {
  columns: PrintColumn[];
  rows: PrintRow[];
  /** totals row */
  foot?: string[];
  /** '(단위: 천원)' above the table on every page it spans */
  unit?: string;
  variant?: 'grid' | 'contents';
  /** printed instead of an empty table */
  empty?: string;
  /** the column whose cell carries the ● of a flagged row (default: the first) */
  flagColumn?: number;
}

export type PrintBlock =
  | {
      kind: 'block';
      id: string;
      node: ReactNode;
      breakBefore?: boolean;
      keepWithNext?: boolean;
      /** a page of its own without running header and page number (the cover) */
      bare?: boolean;
    }
  | { kind: 'table'; id: string; table: PrintTable; breakBefore?: boolean };

/** Everything the print view needs to lay out a document on A4 pages. */
export interface PrintSpec {
  /** the PDF's title metadata (document.title while printing) */
  title: string;
  orientation: Orientation;
  /** running header: left (council · session) and right (document) */
  header: { left: string; right: string };
  blocks: PrintBlock[];
}
