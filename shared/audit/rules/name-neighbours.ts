import { editDistance, jamoDistance } from '../../text/similarity';

/** Differ in exactly one Hangul syllable, by at most two jamo, and are long enough to be names. */
export function oneSyllableApart(a: string, b: string): boolean {
  const left = [...a];
  const right = [...b];
  if (left.length !== right.length || left.length < 4) return false;
  if (editDistance(a, b) !== 1) return false;
  const at = left.findIndex((char, index) => char !== right[index]);
  const pair = [left[at] ?? '', right[at] ?? ''];
  if (!pair.every((char) => /^[가-힣]$/.test(char))) return false;
  return jamoDistance(pair[0] ?? '', pair[1] ?? '') <= 2;
}

/**
 * Keys under which a name is filed: its length, a position, and the name without the character
 * there. Two distinct names of the same length share a key exactly when they differ only there.
 */
function blankedKeys(chars: readonly string[]): string[] {
  return chars.map(
    (_, at) =>
      `${chars.length}:${at}:${chars.slice(0, at).join('')}${chars.slice(at + 1).join('')}`,
  );
}

const byPosition = ([a1, b1]: [number, number], [a2, b2]: [number, number]) => a1 - a2 || b1 - b2;

/**
 * Every pair (i < j) of `names` that is one syllable apart, in the order a loop over all pairs
 * would find them — but comparing only names one character apart (a deletion-neighbourhood index),
 * so distinct names are not compared pairwise. `names` must be distinct.
 *
 * One syllable apart means equal length and one differing character when both names are in NFC;
 * a name that is not (rare: a spacing removal can leave loose jamo) is compared with every other.
 */
export function pairsOneSyllableApart(names: readonly string[]): [number, number][] {
  const buckets = new Map<string, number[]>();
  const loose: number[] = [];
  names.forEach((name, index) => {
    if (name.normalize('NFC') !== name) {
      loose.push(index);
      return;
    }
    const chars = [...name];
    if (chars.length < 4) return;
    for (const key of blankedKeys(chars)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  const pairs: [number, number][] = [];
  const consider = (i: number, j: number) => {
    const [first, second] = i < j ? [i, j] : [j, i];
    if (oneSyllableApart(names[first] ?? '', names[second] ?? '')) pairs.push([first, second]);
  };
  for (const bucket of buckets.values()) {
    for (let a = 0; a < bucket.length; a++) {
      for (let b = a + 1; b < bucket.length; b++) consider(bucket[a] ?? 0, bucket[b] ?? 0);
    }
  }
  const isLoose = new Set(loose);
  for (const i of loose) {
    names.forEach((_, j) => {
      if (j !== i && (!isLoose.has(j) || j > i)) consider(i, j);
    });
  }
  return pairs.sort(byPosition);
}
