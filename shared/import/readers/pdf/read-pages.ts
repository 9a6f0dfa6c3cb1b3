import type { Box } from '../../../model/source';
import { findGrids, type Grid } from './grid';
import { walkOperators } from './page-operators';
import type { PdfjsDocument, PdfjsPage } from './pdfjs-types';
import type { FontMetrics } from './text-state';
import { glyphsToWords, type TextPiece } from './words';

/** What one page holds before layout: its word pieces and the grids its lines draw. */
export interface RawPage {
  number: number;
  box: Box;
  pieces: TextPiece[];
  grids: Grid[];
}

/** The font's matrix (glyph widths are in its units) and writing direction, once pdfjs loaded it. */
function fontOf(page: PdfjsPage, name: string): FontMetrics | undefined {
  try {
    if (!page.commonObjs.has(name)) return undefined;
    const font = page.commonObjs.get(name) as (Partial<FontMetrics> & { name?: unknown }) | null;
    if (!font) return undefined;
    return {
      fontMatrix: Array.isArray(font.fontMatrix) ? font.fontMatrix : [0.001, 0, 0, 0.001, 0, 0],
      vertical: font.vertical === true,
      wingdings: typeof font.name === 'string' && /wingdings/i.test(font.name),
    };
  } catch {
    return undefined;
  }
}

export async function readPage(
  document: PdfjsDocument,
  number: number,
  OPS: Readonly<Record<string, number>>,
): Promise<RawPage> {
  const page = await document.getPage(number);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const operators = await page.getOperatorList();
    const drawing = walkOperators(operators, OPS, viewport.transform, (name) => fontOf(page, name));
    return {
      number,
      box: [0, 0, viewport.width, viewport.height],
      pieces: glyphsToWords(drawing.glyphs),
      grids: findGrids(drawing.rulings),
    };
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
