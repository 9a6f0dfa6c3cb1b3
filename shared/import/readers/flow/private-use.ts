/**
 * Korean government documents draw bullets and numbers with private-use characters: symbol-font
 * code points in the basic plane (U+F020–U+F0FF, Wingdings and Symbol) and Hancom's own set in
 * plane 15 (U+F0000…, stored in HWP's UTF-16 as surrogate pairs). Each known one becomes the
 * ordinary character it looks like, chosen among the markers the block reader understands
 * (`□ ○ ▪ • ①…`), so the same bullet always reads the same way.
 */

const SYMBOL_FONT: Record<number, string> = {
  0x6c: '●',
  0x6d: '●',
  0x6e: '■',
  0x6f: '□',
  0x70: '□',
  0x71: '□',
  0x72: '□',
  0x75: '◆',
  0x76: '◆',
  0x77: '◆',
  0x9e: '·',
  0x9f: '•',
  0xa0: '▪',
  0xa1: '○',
  0xa2: '○',
  0xa3: '○',
  0xa4: '◉',
  0xa5: '◎',
  0xa7: '▪',
  0xa8: '□',
  0xb7: '•',
  0xd8: '➢',
  0xe0: '➢',
  0xe8: '➤',
  0xf0: '➤',
  0xfc: '▪',
};

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const FILLED = '❶❷❸❹❺❻❼❽❾❿⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const HANCOM: Record<number, string> = {
  0xf03c5: '□',
  0xf0854: '『',
  0xf0855: '』',
  0xf012b: '(인)',
};

function isPrivateUse(code: number): boolean {
  return (code >= 0xe000 && code <= 0xf8ff) || code >= 0xf0000;
}

function mapped(code: number): string | undefined {
  if (code >= 0xf020 && code <= 0xf0ff) return SYMBOL_FONT[code - 0xf000];
  // numbers 1–20 in a square, and in a filled square
  if (code >= 0xf02b1 && code <= 0xf02c4) return [...CIRCLED][code - 0xf02b1];
  if (code >= 0xf02ce && code <= 0xf02e1) return [...FILLED][code - 0xf02ce];
  return HANCOM[code];
}

/** A bullet we do not know, at the head of a paragraph, still marks a list item. */
const UNKNOWN_BULLET = '·';

/** Text with its known private-use characters replaced; an unknown one opening the text → `·`. */
export function mapPrivateUse(text: string): string {
  if (!/[\ue000-\uf8ff\udb80-\udbff]/.test(text)) return text;
  let out = '';
  let leading = true;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (!isPrivateUse(code)) {
      out += char;
      if (char.trim() !== '') leading = false;
      continue;
    }
    out += mapped(code) ?? (leading ? UNKNOWN_BULLET : char);
    leading = false;
  }
  return out;
}
