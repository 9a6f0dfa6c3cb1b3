import type { Box } from '../../../model/source';
import { joinLetterSpacing } from './letter-spacing';
import type { TextPiece } from './words';

/** One visual line: its pieces left to right, its text and box. */
export interface TextLine {
  pieces: TextPiece[];
  text: string;
  box: Box;
  baseline: number;
  size: number;
  /** the line opens with a bullet of unknown shape taken for a title's `□` */
  guessedTitle?: boolean;
}

/** Pieces whose heights overlap by this share of the smaller one sit on one line. */
const SAME_LINE = 0.5;
/** A gap under this share of the font size is inside a word (`3` `급` → `3급`). */
const IN_WORD = 0.12;

function verticalOverlap(a: { top: number; bottom: number }, b: TextPiece): number {
  const shared = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const smaller = Math.min(a.bottom - a.top, b.bottom - b.top);
  return smaller > 0 ? shared / smaller : 0;
}

interface Gathering {
  pieces: TextPiece[];
  top: number;
  bottom: number;
}

/** The pieces' text with a space where the gap between two pieces is wider than a glyph's side bearing. */
export function joinPieces(pieces: readonly TextPiece[]): string {
  let text = '';
  let previous: TextPiece | undefined;
  for (const piece of pieces) {
    if (previous) {
      const gap = piece.x0 - previous.x1;
      const size = Math.max(piece.size, previous.size);
      if (gap >= IN_WORD * size) text += ' ';
    }
    text += piece.text;
    previous = piece;
  }
  return text;
}

/** A heading's bullet is set larger than the body text, or leads a short title. */
const HEADING_BULLET = 1.1;
const MAX_TITLE = 40;

/**
 * A symbol font's glyph mapped to a private-use code point leads a heading (`❑ 기금 현황`, `❶ …`)
 * or a list item (`➡ 현안 연구 추진으로 …`): before larger text or a short title it becomes `□`,
 * before a sentence `▸`, markers the block reader knows. A drawn square is `□`. A bullet anywhere
 * else on the line, or alone on it (an arrow between two boxes), is dropped.
 */
function resolveSymbols(
  pieces: readonly TextPiece[],
  bodySize: number,
): { pieces: TextPiece[]; guessedTitle: boolean } {
  const words = pieces.filter((piece) => !piece.symbol);
  const first = pieces[0];
  if (!first?.symbol || words.length === 0) return { pieces: words, guessedTitle: false };
  const rest = words.map((piece) => piece.text).join(' ');
  const title = words[0]!.size >= HEADING_BULLET * bodySize || rest.length <= MAX_TITLE;
  const marker = first.glyph ?? (title ? '□' : '▸');
  return {
    pieces: [{ ...first, text: marker, symbol: false }, ...words],
    guessedTitle: first.glyph === undefined && title,
  };
}

function lineOf(pieces: TextPiece[], bodySize: number): TextLine | null {
  const { pieces: ordered, guessedTitle } = resolveSymbols(
    [...pieces].sort((a, b) => a.x0 - b.x0),
    bodySize,
  );
  if (ordered.length === 0) return null;
  const sorted = joinLetterSpacing(ordered);
  const box: Box = [
    Math.min(...sorted.map((p) => p.x0)),
    Math.min(...sorted.map((p) => p.top)),
    Math.max(...sorted.map((p) => p.x1)),
    Math.max(...sorted.map((p) => p.bottom)),
  ];
  const main = sorted.reduce((a, b) => (b.size > a.size ? b : a));
  const line: TextLine = {
    pieces: sorted,
    text: joinPieces(sorted),
    box,
    baseline: main.baseline,
    size: main.size,
  };
  if (guessedTitle) line.guessedTitle = true;
  return line;
}

/** A list item's bullet at the start of a line (`ㅇ`, `○`, `-`, `▸`…). */
const LIST_BULLET = /^\s*[ㅇ○◦•·∙ㆍ\-–▪▫▸▹‣➢➤*]/;

/**
 * `ㅇ 주민 반대 우려` › `➡ 의견수렴 후 지원방안 검토`: a bullet of unknown shape set deeper than the
 * list item right above it answers that item; it is a sub-item (`▸`), never a title, whatever its
 * length. Titles start at the margin of the items they head, not inside them.
 */
function demoteNestedTitles(lines: TextLine[]): TextLine[] {
  return lines.map((line, i) => {
    const above = lines[i - 1];
    if (!line.guessedTitle || !above || !LIST_BULLET.test(above.text)) return line;
    if (line.box[0] <= above.box[0] + 0.5 * line.size) return line;
    const [bullet, ...words] = line.pieces;
    const pieces = [{ ...bullet!, text: '▸' }, ...words];
    return { ...line, pieces, text: joinPieces(pieces), guessedTitle: false };
  });
}

/**
 * Pieces → visual lines, top to bottom (by position on the page, never by the text layer's order),
 * each left to right. A superscript or a smaller run beside a heading joins the line it overlaps.
 */
export function groupLines(pieces: readonly TextPiece[], bodySize: number): TextLine[] {
  const sorted = [...pieces].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const open: Gathering[] = [];
  for (const piece of sorted) {
    let best: Gathering | undefined;
    let bestOverlap = SAME_LINE;
    // only the last few lines can still take a piece: the list is sorted by baseline
    for (let i = open.length - 1; i >= Math.max(0, open.length - 3); i--) {
      const overlapping = verticalOverlap(open[i]!, piece);
      if (overlapping >= bestOverlap) {
        best = open[i];
        bestOverlap = overlapping;
      }
    }
    if (best) {
      best.pieces.push(piece);
      best.top = Math.min(best.top, piece.top);
      best.bottom = Math.max(best.bottom, piece.bottom);
    } else open.push({ pieces: [piece], top: piece.top, bottom: piece.bottom });
  }
  return demoteNestedTitles(
    open
      .map((gathering) => lineOf(gathering.pieces, bodySize))
      .filter((line): line is TextLine => line !== null)
      .sort((a, b) => a.box[1] - b.box[1]),
  );
}
