/**
 * The document as HWP and HWPX readers see it, before it becomes text and blocks: sections of
 * paragraphs and tables (cells hold paragraphs and tables again). Both formats are read into this
 * one model so that they render to text and blocks the same way.
 */

/** Where an item sits: its section and the paragraph (of the section's own list) holding it. */
export interface FlowPlace {
  section: number;
  paragraph: number;
}

export interface FlowParagraph {
  kind: 'paragraph';
  /** the paragraph's text; `\n` where it has a forced line break */
  text: string;
  /**
   * text the word processor draws before the paragraph but does not store in it: an outline or
   * list number (`1.`, `가.`) or a bullet (`□`), generated from the paragraph's style
   */
  head?: string;
  /** 1-based outline level when the paragraph is an outline heading (개요 1 → 1) */
  outline?: number;
  place: FlowPlace;
}

export interface FlowCell {
  /** 0-based address in the table's grid */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  items: FlowItem[];
}

export interface FlowTable {
  kind: 'table';
  rowCount: number;
  colCount: number;
  cells: FlowCell[];
  place: FlowPlace;
}

export type FlowItem = FlowParagraph | FlowTable;

export interface FlowDocument {
  sections: FlowItem[][];
}
