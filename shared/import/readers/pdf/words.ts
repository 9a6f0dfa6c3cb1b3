import { cleanText, isPrivateUse } from './characters';
import type { PlacedGlyph } from './text-state';

/** One word (or a bullet) on the page, in page coordinates (points, top-left origin, y downwards). */
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
}

/** A gap wider than this share of the font size between two glyphs separates words. */
const WORD_GAP = 0.2;
/** Glyphs overlapping by more than this share of the size are not the next glyph of the word. */
const OVERLAP = 0.5;
const SAME_BASELINE = 0.25;

function continues(word: TextPiece, glyph: PlacedGlyph): boolean {
  const size = Math.max(word.size, glyph.size);
  if (Math.abs(glyph.baseline - word.baseline) > SAME_BASELINE * size) return false;
  const gap = glyph.x0 - word.x1;
  return gap <= WORD_GAP * size && gap >= -OVERLAP * size;
}

function start(glyph: PlacedGlyph, text: string): TextPiece {
  return {
    text,
    x0: glyph.x0,
    x1: glyph.x1,
    top: glyph.top,
    bottom: glyph.bottom,
    baseline: glyph.baseline,
    size: glyph.size,
  };
}

/** The same glyph drawn again within this share of its size is a shadow or a bold effect. */
const SAME_PLACE = 0.35;

/** Drops the copies of a glyph drawn again on (nearly) the same spot: shadowed or outlined text. */
function withoutRepeats(glyphs: readonly PlacedGlyph[]): PlacedGlyph[] {
  const seen = new Map<string, PlacedGlyph[]>();
  const kept: PlacedGlyph[] = [];
  for (const glyph of glyphs) {
    if (glyph.text.trim() === '') {
      kept.push(glyph);
      continue;
    }
    // a repeat lies closer than half its own width: `44` drawn narrow is two glyphs, not one twice
    const near = Math.min(SAME_PLACE * glyph.size, 0.5 * (glyph.x1 - glyph.x0));
    const same = seen.get(glyph.text);
    if (
      same?.some(
        (o) => Math.abs(o.x0 - glyph.x0) < near && Math.abs(o.baseline - glyph.baseline) < near,
      )
    )
      continue;
    if (same) same.push(glyph);
    else seen.set(glyph.text, [glyph]);
    kept.push(glyph);
  }
  return kept;
}

/**
 * Placed glyphs (in drawing order) → words: a glyph continues the word before it when it sits on
 * the same baseline just after it; a space, a gap or a jump starts a new word. Private-use glyphs
 * (symbol-font bullets) become bullet pieces of their own.
 */
export function glyphsToWords(glyphs: readonly PlacedGlyph[]): TextPiece[] {
  const words: TextPiece[] = [];
  let word: TextPiece | null = null;
  for (const glyph of withoutRepeats(glyphs)) {
    const text = cleanText(glyph.text);
    // pdfjs's `isSpace` means code 32, which a subset CID font may give any glyph (`시`)
    if (text.trim() === '' || glyph.x1 - glyph.x0 > 50 * glyph.size) {
      word = null;
      continue;
    }
    if (isPrivateUse(text)) {
      words.push({ ...start(glyph, ''), symbol: true });
      word = null;
      continue;
    }
    if (word && continues(word, glyph)) {
      word.text += text.trim();
      word.x1 = Math.max(word.x1, glyph.x1);
      word.top = Math.min(word.top, glyph.top);
      word.bottom = Math.max(word.bottom, glyph.bottom);
      word.size = Math.max(word.size, glyph.size);
      continue;
    }
    word = start(glyph, text.trim());
    words.push(word);
  }
  return words;
}
