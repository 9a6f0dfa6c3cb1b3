const PRIVATE_USE = /[\ue000-\uf8ff]/;
/** the middle-dot look-alikes Hancom PDFs use between words (`예산･인력`) */
const MIDDLE_DOTS = /[\u2024\u2027\uff65\u30fb]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u3000\u202f]/g;
const INVISIBLE = /[\u200b-\u200d\ufeff\u00ad]/g;
/** ligatures and full-width Latin, digits and punctuation: `１２３` reads as `123` */
const COMPATIBLE = /[\ufb00-\ufb4f\uff01-\uff5e]/g;

export function isPrivateUse(char: string): boolean {
  return PRIVATE_USE.test(char);
}

/** A glyph's Unicode text as the rest of the importer expects it. */
export function cleanText(text: string): string {
  return [...text]
    .filter((char) => char >= ' ')
    .join('')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(MIDDLE_DOTS, '·')
    .replace(COMPATIBLE, (char) => char.normalize('NFKC'));
}

/**
 * Wingdings draws its bullets at Latin codes and PDFs often map them back to those letters
 * (`w 사업명 : …` is `◆ 사업명 : …` on the page): the bullets the reports use, as their Unicode.
 */
const WINGDINGS: Readonly<Record<string, string>> = {
  l: '●',
  m: '❍',
  n: '■',
  o: '□',
  p: '□',
  q: '❑',
  r: '❑',
  s: '◆',
  t: '◆',
  u: '◆',
  v: '❖',
  w: '◆',
  x: '⌧',
  '§': '▪',
  '¡': '○',
  '¤': '◉',
  Ø: '➢',
  ü: '✓',
  è: '➔',
  ð: '⇨',
};

export function fromWingdings(text: string): string {
  return [...text].map((char) => WINGDINGS[char] ?? char).join('');
}
