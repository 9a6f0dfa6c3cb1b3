const DIGIT_HAS_FINAL = [true, true, false, true, false, false, true, true, true, false]; // 영일이삼사오육칠팔구

/** Whether the word's last syllable ends in a consonant (받침), which picks 과/와, 은/는, 이/가. */
export function endsWithConsonant(word: string): boolean {
  const last = word.trim().slice(-1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (/\d/.test(last)) return DIGIT_HAS_FINAL[Number(last)]!;
  return false;
}

/** withParticle('2023년', '과', '와') = '2023년과' */
export function withParticle(word: string, afterConsonant: string, afterVowel: string): string {
  return word + (endsWithConsonant(word) ? afterConsonant : afterVowel);
}
