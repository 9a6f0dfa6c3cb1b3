/**
 * Edit distance and similarity between names, for spotting OCR typos (사비 for 시비, 속의 for 숙의)
 * and for matching the same project across years. Distances count code points (one Hangul
 * syllable = one edit); the jamo distance looks inside syllables (사 → 시 is one jamo).
 */

function levenshtein(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Insertions, deletions and substitutions (of whole characters) turning `a` into `b`. */
export function editDistance(a: string, b: string): number {
  return levenshtein([...a.normalize('NFC')], [...b.normalize('NFC')]);
}

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** Hangul syllables split into lead, vowel and (if any) tail jamo; other characters kept. */
export function toJamo(text: string): string[] {
  const jamo: string[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (code < HANGUL_FIRST || code > HANGUL_LAST) {
      jamo.push(char);
      continue;
    }
    const offset = code - HANGUL_FIRST;
    jamo.push(`L${Math.floor(offset / 588)}`, `V${Math.floor((offset % 588) / 28)}`);
    if (offset % 28 !== 0) jamo.push(`T${offset % 28}`);
  }
  return jamo;
}

/** Edit distance counted in jamo: 사비 → 시비 is 1, 사비 → 국비 is 3. */
export function jamoDistance(a: string, b: string): number {
  return levenshtein(toJamo(a), toJamo(b));
}

/** 1 for equal strings, 0 for nothing in common: 1 − editDistance ÷ the longer length. */
export function similarity(a: string, b: string): number {
  const longest = Math.max([...a].length, [...b].length);
  if (longest === 0) return 1;
  return 1 - editDistance(a, b) / longest;
}

/**
 * The candidate nearest to `name` within `maxDistance` edits, or null. Ties go to the candidate
 * closest in jamo (사비 → 시비 rather than 구비), then to the earlier candidate.
 */
export function closestName(
  name: string,
  candidates: readonly string[],
  maxDistance: number,
): string | null {
  let best: { candidate: string; distance: number; jamo: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance > maxDistance) continue;
    const jamo = jamoDistance(name, candidate);
    if (!best || distance < best.distance || (distance === best.distance && jamo < best.jamo)) {
      best = { candidate, distance, jamo };
    }
  }
  return best ? best.candidate : null;
}
