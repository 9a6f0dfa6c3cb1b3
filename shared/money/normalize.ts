/**
 * Character-for-character clean-up of text extracted from HWP/PDF: full-width digits and
 * punctuation become ASCII, minus-like dashes become '-'. The result has the same length as the
 * input, so offsets found in it are offsets in the original text.
 */
const REPLACEMENTS: Record<string, string> = {
  '，': ',',
  '．': '.',
  '％': '%',
  '～': '~',
  '〜': '~',
  '∼': '~',
  '－': '-',
  '−': '-',
  '‐': '-',
  '（': '(',
  '）': ')',
  '：': ':',
  '\u00a0': ' ',
  '\u3000': ' ',
};

const NEEDS_WORK = /[\uff10-\uff19，．％～〜∼－−‐（）：\u00a0\u3000]/;
const TO_REPLACE = new RegExp(NEEDS_WORK.source, 'g');

function replacement(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  return REPLACEMENTS[char] ?? char;
}

// one regular-expression pass, not a string built character by character: a whole document's
// text goes through here
export function normalizeNumericText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(TO_REPLACE, replacement);
}

/** Signs council documents use for a negative figure. */
export const NEGATIVE_SIGNS = '△▽▼-';
