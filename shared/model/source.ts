import { z } from 'zod';

/**
 * A rectangle on a page, `[x0, y0, x1, y1]` in PDF points (1/72 in) measured from the page's
 * top-left corner, x to the right and y downwards (the way the page is seen, not PDF user space).
 */
export const BoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type Box = z.infer<typeof BoxSchema>;

/**
 * Where in the original file something was read: page and box for PDFs (and HWP pages where the
 * reader renders them); section, paragraph and table cell for HWP/HWPX; sheet, row and column for
 * spreadsheets. Every field is optional: a text file has none of them.
 */
export const SourcePositionSchema = z.object({
  /** 1-based page */
  page: z.number().int().positive().optional(),
  box: BoxSchema.optional(),
  /** 0-based section of an HWP/HWPX document */
  section: z.number().int().nonnegative().optional(),
  /** 0-based paragraph within the section (the paragraph holding the table, for a cell) */
  paragraph: z.number().int().nonnegative().optional(),
  /** 0-based table index within the document, 0-based row and column of the cell */
  table: z.number().int().nonnegative().optional(),
  row: z.number().int().nonnegative().optional(),
  col: z.number().int().nonnegative().optional(),
  /** spreadsheet sheet name (row/col then are the sheet's 0-based row and column) */
  sheet: z.string().optional(),
});
export type SourcePosition = z.infer<typeof SourcePositionSchema>;

/**
 * Where a figure came from. `line` is the 1-based line in the document's text as the app stores it
 * (for PDF, HWP and spreadsheets: the reader's text rendering, one line per visual line or table
 * row, cells separated by tabs), so every format can be shown as text; the position fields say where
 * that line sits in the original file.
 */
export const SourceRefSchema = SourcePositionSchema.extend({
  line: z.number().int().positive(),
  text: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;
