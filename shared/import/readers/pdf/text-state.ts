import { fromWingdings } from './characters';
import { IDENTITY, multiply, toMatrix, type Matrix } from './geometry';

/** One glyph placed on the page (page coordinates, points, top-left origin, y downwards). */
export interface PlacedGlyph {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  size: number;
}

/** The part of a pdfjs glyph the reader uses. */
interface GlyphArgument {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

export interface FontMetrics {
  fontMatrix: readonly number[];
  vertical: boolean;
  /** Wingdings: its bullets come out as Latin letters */
  wingdings?: boolean;
}

/** PDF text state (PDF 32000 §9.3), kept per graphics state like pdfjs's canvas does. */
export interface TextState {
  textMatrix: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
  fontSize: number;
  fontDirection: number;
  font: FontMetrics;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

const ASCENT = 0.85;
const DESCENT = 0.15;
const DEFAULT_FONT: FontMetrics = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0], vertical: false };

export function initialTextState(): TextState {
  return {
    textMatrix: IDENTITY,
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
    fontSize: 0,
    fontDirection: 1,
    font: DEFAULT_FONT,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
  };
}

export function beginText(state: TextState): void {
  state.textMatrix = IDENTITY;
  state.x = state.lineX = 0;
  state.y = state.lineY = 0;
}

export function setTextMatrix(state: TextState, matrix: ArrayLike<number>): void {
  state.textMatrix = toMatrix(Array.from(matrix));
  state.x = state.lineX = 0;
  state.y = state.lineY = 0;
}

export function moveText(state: TextState, x: number, y: number): void {
  state.x = state.lineX += x;
  state.y = state.lineY += y;
}

export function setFont(state: TextState, font: FontMetrics | undefined, size: number): void {
  state.font = font ?? DEFAULT_FONT;
  state.fontDirection = size < 0 ? -1 : 1;
  state.fontSize = Math.abs(size);
}

/**
 * A `showText` operation's glyphs placed on the page, as pdfjs's canvas would draw them: advance
 * widths from the font, character and word spacing, horizontal scaling and TJ adjustments, through
 * the text matrix and the current transform (`view` includes the page's own transform).
 */
export function showText(
  state: TextState,
  glyphs: ArrayLike<GlyphArgument | number>,
  ctm: Matrix,
  out: PlacedGlyph[],
): void {
  const { fontSize, fontDirection, font } = state;
  if (fontSize === 0) return;
  const m = multiply(ctm, state.textMatrix);
  const scale = state.hScale * fontDirection;
  const advanceScale = fontSize * (font.fontMatrix[0] ?? 0.001);
  const spacingDir = font.vertical ? 1 : -1;
  const baseY = state.y + state.rise;
  // the font size on the page: the text space's y axis as it is drawn
  const size = fontSize * Math.hypot(m[2], m[3]);
  const upX = (m[2] * fontSize) / (size || 1);
  const upY = (m[3] * fontSize) / (size || 1);
  let x = 0;
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i]!;
    if (typeof glyph === 'number') {
      x += (spacingDir * glyph * fontSize) / 1000;
      continue;
    }
    const width = (glyph.width ?? 0) * advanceScale;
    const spacing = (glyph.isSpace ? state.wordSpacing : 0) + state.charSpacing;
    const startX = state.x + x * scale;
    const endX = state.x + (x + width) * scale;
    const ox = m[0] * startX + m[2] * baseY + m[4];
    const oy = m[1] * startX + m[3] * baseY + m[5];
    const ex = m[0] * endX + m[2] * baseY + m[4];
    const ey = m[1] * endX + m[3] * baseY + m[5];
    // corners: origin and end on the baseline, each raised by the ascent and lowered by the descent
    const ax = upX * ASCENT * size;
    const ay = upY * ASCENT * size;
    const dx = -upX * DESCENT * size;
    const dy = -upY * DESCENT * size;
    const xs = [ox + ax, ox + dx, ex + ax, ex + dx];
    const ys = [oy + ay, oy + dy, ey + ay, ey + dy];
    out.push({
      text: font.wingdings ? fromWingdings(glyph.unicode ?? '') : (glyph.unicode ?? ''),
      x0: Math.min(...xs),
      x1: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
      baseline: Math.abs(m[1]) < Math.abs(m[0]) ? (oy + ey) / 2 : Math.max(...ys) - DESCENT * size,
      size,
    });
    x += font.vertical ? width - spacing * fontDirection : width + spacing * fontDirection;
  }
  if (font.vertical) state.y -= x;
  else state.x += x * scale;
}
