import { normalizeName } from '../model/line-key';
import { similarity } from '../text/similarity';

/** 1 for names equal after normalisation (spacing, middle dots), 0 for nothing in common. */
export function nameSimilarity(a: string, b: string): number {
  return similarity(normalizeName(a), normalizeName(b));
}

/** A name ready for many comparisons: normalised once, as code points. */
export function nameChars(name: string): number[] {
  return [...normalizeName(name)].map((char) => char.codePointAt(0) ?? 0);
}

/**
 * The same measure as nameSimilarity over prepared names, for the matcher's inner loop: one
 * typed-array row pair per call, no string work.
 */
export function charsSimilarity(a: readonly number[], b: readonly number[]): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const left = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (left === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return 1 - previous[b.length]! / longest;
}
