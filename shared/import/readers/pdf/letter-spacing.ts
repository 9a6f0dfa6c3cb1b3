import type { TextPiece } from './words';

const SYLLABLE = /^[가-힣]$/;
const HANGUL = /[가-힣]/;
/** punctuation that ends a label: `조 직 : 3과`, `(예 산)` */
const LABEL_EDGE = /^[:：(（[【<]|[:：)）\]】>]$/;
/** inner gaps within this share of the font size (or of the widest gap) count as uniform */
const UNIFORM = 0.3;

function gaps(run: readonly TextPiece[]): number[] {
  return run.slice(1).map((piece, i) => piece.x0 - run[i]!.x1);
}

/** Whether a neighbour ends the label: not a Hangul word, or a label edge, or far away. */
function bounds(neighbour: TextPiece | undefined, gap: number, widest: number): boolean {
  if (!neighbour) return true;
  if (!HANGUL.test(neighbour.text) || LABEL_EDGE.test(neighbour.text)) return true;
  return gap >= 1.5 * widest && gap >= neighbour.size;
}

function merged(run: readonly TextPiece[]): TextPiece {
  const first = run[0]!;
  return {
    text: run.map((piece) => piece.text).join(''),
    x0: first.x0,
    x1: run[run.length - 1]!.x1,
    top: Math.min(...run.map((piece) => piece.top)),
    bottom: Math.max(...run.map((piece) => piece.bottom)),
    baseline: first.baseline,
    size: Math.max(...run.map((piece) => piece.size)),
  };
}

/**
 * Joins letter-spaced labels (`예 산 담 당 관` → `예산담당관`, `사 업 비` → `사업비`): a run of two or
 * more single syllables, evenly spaced, that makes a whole label — from the line's start, a marker
 * or punctuation, or a wide gap, to the line's end, punctuation or a wide gap. `그 외 사업` stays.
 * `pieces` are one line's, left to right.
 */
export function joinLetterSpacing(pieces: readonly TextPiece[]): TextPiece[] {
  const out: TextPiece[] = [];
  let i = 0;
  while (i < pieces.length) {
    let end = i;
    while (end < pieces.length && SYLLABLE.test(pieces[end]!.text)) end++;
    if (end - i < 2) {
      out.push(pieces[i]!);
      i++;
      continue;
    }
    const run = pieces.slice(i, end);
    const inner = gaps(run);
    const widest = Math.max(...inner);
    const size = Math.max(...run.map((piece) => piece.size));
    const uniform = widest - Math.min(...inner) <= Math.max(UNIFORM * size, UNIFORM * widest);
    const before = pieces[i - 1];
    const after = pieces[end];
    const whole =
      bounds(before, before ? run[0]!.x0 - before.x1 : 0, widest) &&
      bounds(after, after ? after.x0 - run[run.length - 1]!.x1 : 0, widest);
    if (uniform && whole) out.push(merged(run));
    else out.push(...run);
    i = end;
  }
  return out;
}
