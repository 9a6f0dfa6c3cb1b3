/** Korean particles (조사) that depend on whether the word before them ends in a consonant. */

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** How digits and signs are read aloud: 영 일 삼 육 칠 팔 end in a consonant. */
const DIGIT_HAS_TAIL: Record<string, boolean> = {
  '0': true,
  '1': true,
  '2': false,
  '3': true,
  '4': false,
  '5': false,
  '6': true,
  '7': true,
  '8': true,
  '9': false,
  '%': false,
};

/** Whether the word's last syllable ends in a consonant (받침), which picks 이/가, 은/는, 과/와. */
export function endsWithConsonant(word: string): boolean {
  const trimmed = word.replace(/[\s')’”"\]]+$/u, '');
  const last = trimmed.at(-1) ?? '';
  const code = last.codePointAt(0) ?? 0;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return (code - HANGUL_FIRST) % 28 !== 0;
  return DIGIT_HAS_TAIL[last] ?? false;
}

export type ParticlePair = '이/가' | '은/는' | '을/를' | '과/와' | '으로/로';

/** `word` followed by the right particle: withParticle('63,871천원', '이/가') = '63,871천원이'. */
export function withParticle(word: string, pair: ParticlePair): string {
  const [afterConsonant, afterVowel] = pair.split('/') as [string, string];
  if (pair === '으로/로') {
    const last = word.at(-1) ?? '';
    const code = last.codePointAt(0) ?? 0;
    const tailIsRieul = code >= HANGUL_FIRST && (code - HANGUL_FIRST) % 28 === 8;
    return `${word}${endsWithConsonant(word) && !tailIsRieul ? afterConsonant : afterVowel}`;
  }
  return `${word}${endsWithConsonant(word) ? afterConsonant : afterVowel}`;
}
