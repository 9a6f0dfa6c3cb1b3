import { apply, multiply, toMatrix, type Matrix } from './geometry';
import type { PdfjsTextContent, PdfjsTextItem } from './pdfjs-types';

/** One run of glyphs on the page, in page coordinates (points, top-left origin, y downwards). */
export interface TextPiece {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** the font size in points */
  size: number;
  /**
   * a bullet: a symbol font's glyph mapped to a private-use code point (whose shape we cannot know),
   * or a small square drawn as a path; it counts only at the start of a line
   */
  symbol?: boolean;
  /** the marker a drawn bullet stands for (`□`) */
  glyph?: string;
  /** the extent of the whole run a word was split from (to keep a run in one table cell) */
  run?: { x0: number; x1: number };
}

const PRIVATE_USE = /[\ue000-\uf8ff]/;
const PRIVATE_USE_ALL = /[\ue000-\uf8ff]/g;
/** the middle-dot look-alikes Hancom PDFs use between words (`예산･인력`) */
const MIDDLE_DOTS = /[\u2024\u2027\uff65\u30fb]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u3000\u202f]/g;
const INVISIBLE = /[\u200b-\u200d\ufeff\u00ad]/g;
const WIDE =
  /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(MIDDLE_DOTS, '·');
}

function weight(char: string): number {
  if (char === ' ') return 0.45;
  return WIDE.test(char) ? 1 : 0.55;
}

/**
 * Splits a run at its spaces into word pieces, estimating each word's extent from its characters'
 * widths (a Hangul syllable is a full em, Latin letters and digits about half), so words of one run
 * can fall into different table cells and letter-spaced labels can be joined like any other.
 */
function splitRun(text: string, from: Omit<TextPiece, 'text'>): TextPiece[] {
  const chars = [...text];
  const total = chars.reduce((sum, char) => sum + weight(char), 0);
  const scale = total > 0 ? (from.x1 - from.x0) / total : 0;
  const pieces: TextPiece[] = [];
  const run = { x0: from.x0, x1: from.x1 };
  let x = from.x0;
  let word = '';
  let start = x;
  for (const char of chars) {
    if (char === ' ') {
      if (word) pieces.push({ ...from, text: word, x0: start, x1: x, run });
      word = '';
      x += weight(char) * scale;
      start = x;
      continue;
    }
    word += char;
    x += weight(char) * scale;
  }
  if (word) pieces.push({ ...from, text: word, x0: start, x1: x, run });
  return pieces;
}

function isTextItem(item: PdfjsTextItem | { type: string }): item is PdfjsTextItem {
  return 'str' in item;
}

function pieceOf(
  item: PdfjsTextItem,
  view: Matrix,
  ascent: number,
  descent: number,
): Omit<TextPiece, 'text'> | null {
  const m = multiply(view, toMatrix(item.transform));
  const size = Math.hypot(m[2], m[3]);
  if (!(size > 0)) return null;
  const length = item.width;
  // the run's box: along the text direction from 0 to its width, across from descent to ascent
  const direction = Math.hypot(m[0], m[1]) || 1;
  const along: [number, number] = [m[0] / direction, m[1] / direction];
  const up: [number, number] = [-m[2] / size, -m[3] / size];
  const [ox, oy] = apply(m, 0, 0);
  const corners = [0, length].flatMap((a) =>
    [descent * size, ascent * size].map((u) => [
      ox + along[0] * a - up[0] * u,
      oy + along[1] * a - up[1] * u,
    ]),
  );
  const xs = corners.map((c) => c[0]!);
  const ys = corners.map((c) => c[1]!);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  return {
    x0: Math.min(...xs),
    x1: Math.max(...xs),
    top,
    bottom,
    baseline: Math.abs(along[1]) < 0.2 ? oy : bottom + descent * size,
    size,
  };
}

/** pdfjs text content → word pieces in page coordinates, spaces and empty runs dropped. */
export function textPieces(
  content: PdfjsTextContent,
  viewTransform: readonly number[],
): TextPiece[] {
  const view = toMatrix(viewTransform);
  const pieces: TextPiece[] = [];
  for (const item of content.items) {
    if (!isTextItem(item) || item.str.trim() === '') continue;
    const style = content.styles[item.fontName];
    const ascent = style?.ascent && style.ascent > 0.3 ? style.ascent : 0.85;
    const descent = style?.descent && style.descent < 0 ? style.descent : -0.15;
    const geometry = pieceOf(item, view, ascent, descent);
    if (!geometry) continue;
    const text = cleanText(item.str);
    if (PRIVATE_USE.test(text)) {
      const rest = text.replace(PRIVATE_USE_ALL, ' ').trim();
      if (rest === '') {
        pieces.push({ ...geometry, text: '', symbol: true });
        continue;
      }
      pieces.push(...splitRun(text.replace(PRIVATE_USE_ALL, ' '), geometry));
      continue;
    }
    if (text.trim() === '') continue;
    pieces.push(...(text.includes(' ') ? splitRun(text, geometry) : [{ ...geometry, text }]));
  }
  return pieces;
}
