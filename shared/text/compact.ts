/** Removes every kind of space: `구 분` → `구분`, `예 산 액` → `예산액`. */
export function compact(text: string): string {
  return HAS_SPACE.test(text) ? text.replace(SPACES, '') : text;
}

const HAS_SPACE = /[\s\u200b]/;
const SPACES = /[\s\u200b]+/g;

/** Collapses runs of spaces to one and trims: for labels shown to people. */
export function tidySpaces(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b]+/g, ' ').trim();
}
