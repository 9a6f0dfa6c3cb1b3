/** Items of a particulars list: split at commas and `※` outside parentheses, never inside a number. */

/** `1,925`: a comma between digits groups thousands, it separates no items */
const thousands = (text: string, at: number) =>
  /\d/.test(text[at - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(at + 1));

/** The text after the last comma or `※` that stands outside parentheses. */
export function lastItem(text: string): string {
  let depth = 0;
  let cut = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(' || char === '（') depth++;
    else if ((char === ')' || char === '）') && depth > 0) depth--;
    else if (depth === 0 && (char === '※' || (char === ',' && !thousands(text, i)))) cut = i + 1;
  }
  return cut === 0 ? '' : text.slice(cut).trim();
}
