import type { Box } from '../../../model/source';
import { findGrids, type Grid } from './grid';
import { textPieces, type TextPiece } from './page-text';
import { pageRulings } from './page-rulings';
import type { PdfjsDocument } from './pdfjs-types';

/** What one page holds before layout: its word pieces and the grids its lines draw. */
export interface RawPage {
  number: number;
  box: Box;
  pieces: TextPiece[];
  grids: Grid[];
}

export async function readPage(
  document: PdfjsDocument,
  number: number,
  OPS: Readonly<Record<string, number>>,
): Promise<RawPage> {
  const page = await document.getPage(number);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const pieces = textPieces(content, viewport.transform);
    const operators = await page.getOperatorList();
    const grids = findGrids(pageRulings(operators, OPS, viewport.transform));
    return { number, box: [0, 0, viewport.width, viewport.height], pieces, grids };
  } finally {
    page.cleanup();
  }
}

/**
 * The size most of the document's text is set in (by characters): headings are larger, footnotes
 * smaller. A symbol bullet before larger text leads a heading.
 */
export function bodySize(pages: readonly RawPage[]): number {
  const bySize = new Map<number, number>();
  for (const page of pages)
    for (const piece of page.pieces) {
      const size = Math.round(piece.size * 2) / 2;
      bySize.set(size, (bySize.get(size) ?? 0) + piece.text.length);
    }
  let best = 10;
  let most = 0;
  for (const [size, count] of bySize)
    if (count > most) {
      best = size;
      most = count;
    }
  return best;
}
