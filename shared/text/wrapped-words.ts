/**
 * A narrow cell's text broken onto a new line inside a word (`수용비 및 수수` / `료`,
 * `정서지원프로그` / `램 사업비`): the lines of one label, joined as the word is read.
 */

/** Words of one syllable that stand alone at a line's start: not the end of a broken word. */
const STANDALONE = new Set([...'및등외중각총약또단전후내시도구군국']);

/**
 * Whether the break between two lines of a cell falls inside a word: the first line ends in a
 * word of two or more syllables and the second opens with a lone syllable (a word is rarely one
 * syllable long, and the ones that are — `및`, `등`, `시` — are left apart).
 */
export function breaksInsideWord(before: string, after: string): boolean {
  const last = /([가-힣]+)$/.exec(before)?.[1];
  const first = /^([가-힣]+)(?=\s|$)/.exec(after)?.[1];
  return (
    last !== undefined &&
    last.length >= 2 &&
    first !== undefined &&
    first.length === 1 &&
    !STANDALONE.has(first)
  );
}

/** A cell's lines on one line: a space between them, none where a word was broken. */
export function joinCellLines(lines: readonly string[]): string {
  let joined = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i]!;
    joined += breaksInsideWord(joined, next) ? next : ` ${next}`;
  }
  return joined;
}
