import { compact } from '../../text/compact';

const PAGE_NUMBER = /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4})$/i;
const RULE = /^[-=_—─━~*]{3,}$/;
const RULE_START = /^[\s]*[-=_—─━~*]/;
const RULE_PIECE = /^[-=_—─━~*]{2,}$/;
/** `목차`, `순서`, `보고순서` (the order of a briefing), `contents` */
const TOC_TITLE = /^(?:(?:보고)?순서|목차|차례|contents)$/i;
/** `… 12`, `···· 12`, `⇥12` at the end of a table-of-contents entry */
const ENDS_WITH_PAGE = /(?:\s|\t|[.·…]{2,})\d{1,3}$/;
const DOT_LEADER_ENTRY = /[.·…]{4,}\s*\d{1,4}$/;
const TOC_MARKER = /^(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|(?:X|IX|IV|V?I{1,3}|V)\s*\.|\d{1,2}\s*\.|[가-하]\s*\.|[①-⑳])/;
const MAX_TOC_ENTRY = 60;

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line.trim());
}

export function isRule(line: string): boolean {
  if (!RULE_START.test(line)) return false;
  const cells = line.split('\t').map((cell) => cell.trim());
  return (
    cells.some((cell) => RULE.test(cell)) &&
    cells.every((cell) => cell === '' || RULE_PIECE.test(cell))
  );
}

function tocCandidate(line: string): { page: boolean; marker: boolean } | null {
  const text = line.replace(/\t/g, ' ').trim();
  if (text === '' || text.length > MAX_TOC_ENTRY) return null;
  if (isRule(line)) return { page: false, marker: true };
  const page = ENDS_WITH_PAGE.test(text);
  const marker = TOC_MARKER.test(text);
  return page || marker ? { page, marker } : null;
}

/**
 * Marks the lines of a table of contents: from a `순서`/`목차` title through the entries that follow
 * it (numbered headings and lines ending with a page number). Also any dot-leader entry anywhere.
 * Returns the 0-based indices of noise lines.
 */
export function findTableOfContents(lines: readonly string[]): Set<number> {
  const noise = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 12 && DOT_LEADER_ENTRY.test(line.trim())) noise.add(i);
    if (line.length > 20 || !/[서차sS]\s*$/.test(line) || !TOC_TITLE.test(compact(line))) continue;
    noise.add(i);
    const entries: number[] = [];
    let j = i + 1;
    let sawPage = false;
    const listed = new Set<string>();
    for (; j < lines.length; j++) {
      const current = lines[j]!;
      if (current.trim() === '') continue;
      const candidate = tocCandidate(current);
      if (!candidate) break;
      const entry = compact(current.replace(/[.·…\s]*\d{1,4}\s*$/, ''));
      // the body's first heading repeats an entry, without the page number
      if (!candidate.page && listed.has(entry)) break;
      if (candidate.page) sawPage = true;
      else if (!nextLooksLikeEntry(lines, j)) break;
      listed.add(entry);
      entries.push(j);
    }
    if (sawPage) for (const entry of entries) noise.add(entry);
    i = sawPage ? j - 1 : i;
  }
  return noise;
}

function nextLooksLikeEntry(lines: readonly string[], from: number): boolean {
  for (let k = from + 1; k < lines.length; k++) {
    if (lines[k]!.trim() === '') continue;
    const next = tocCandidate(lines[k]!);
    if (next === null) return false;
    return next.page || next.marker;
  }
  return false;
}
