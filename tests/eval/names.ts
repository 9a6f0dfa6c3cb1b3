/**
 * Name matching for the answer keys: a key's short label against the importer's project or row
 * name. Spacing, punctuation and quotes are ignored (letter-spaced `예 산 담 당 관` is the same
 * name); one name containing the other matches; otherwise they must share most of their character
 * pairs (so an OCR slip or a dropped suffix still matches, a different project does not).
 */

/** Hangul, letters and digits only (spaces, punctuation, quotes, bullets dropped), lower-cased. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over character pairs, 0…1 (1 for equal normalized names). */
export function nameSimilarity(a: string, b: string): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x === y) return x.length > 0 ? 1 : 0;
  if (x.length < 2 || y.length < 2) return 0;
  const bx = bigrams(x);
  const by = bigrams(y);
  let shared = 0;
  for (const [pair, count] of bx) shared += Math.min(count, by.get(pair) ?? 0);
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

/** The least similarity that counts as "most of their characters". */
export const SIMILAR_ENOUGH = 0.6;

export function namesMatch(keyName: string, found: string): boolean {
  const x = normalizeName(keyName);
  const y = normalizeName(found);
  if (x.length === 0 || y.length === 0) return false;
  if (x === y) return true;
  // containment needs a real name: "계" inside every "…계획" or "사업" inside every project must
  // not match, so the shorter needs three characters or half the longer's length
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  const substantial =
    shorter.length >= 3 || (shorter.length >= 2 && shorter.length * 2 >= longer.length);
  if (substantial && longer.includes(shorter)) return true;
  return nameSimilarity(x, y) >= SIMILAR_ENOUGH;
}
