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

/** Every item of a particulars list, in order: the text split at commas and `※` outside parentheses. */
export function listItems(text: string): string[] {
  const found: string[] = [];
  let rest = text.trim();
  for (let item = lastItem(rest); item !== ''; item = lastItem(rest)) {
    found.unshift(item);
    rest = rest.slice(0, rest.length - item.length).replace(/[,※]\s*$/, '');
  }
  if (rest.trim() !== '') found.unshift(rest.trim());
  return found;
}
