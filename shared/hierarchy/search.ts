import type { HierarchyLine } from './tree';

/** Search text without spaces and case: `구 분` and `구분` are the same. */
export function normalizeSearch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .toLowerCase();
}

/** The text a quick search looks in for a line: its names and its department's. */
export function lineSearchText(line: HierarchyLine): string {
  return normalizeSearch(
    [line.project, line.department, line.bureau, line.leadDepartment]
      .filter(Boolean)
      .join('\u0001'),
  );
}

const searchTextCache = new WeakMap<object, string>();

/** lineSearchText, computed once per line object (lines are immutable once loaded). */
export function cachedSearchText(line: HierarchyLine): string {
  let text = searchTextCache.get(line);
  if (text === undefined) {
    text = lineSearchText(line);
    searchTextCache.set(line, text);
  }
  return text;
}

/**
 * Keeps the lines that match, together with their ancestor lines (so the tree keeps its shape)
 * and their descendants (a matching project shows its sub-projects). O(n).
 */
export function filterLinesWithFamily<L extends HierarchyLine>(
  lines: readonly L[],
  matches: (line: L) => boolean,
): L[] {
  const scoped = (line: HierarchyLine, key: string) => `${line.documentId ?? ''}\u0000${key}`;
  const indexByKey = new Map<string, number>();
  lines.forEach((line, index) => indexByKey.set(scoped(line, line.key), index));
  const parentIndex = lines.map((line) =>
    line.parentKey === undefined ? undefined : indexByKey.get(scoped(line, line.parentKey)),
  );
  const keep = new Uint8Array(lines.length);
  const matched = lines.map((line) => matches(line));
  // ancestors of each match
  matched.forEach((isMatch, index) => {
    if (!isMatch) return;
    let current: number | undefined = index;
    while (current !== undefined && keep[current] === 0) {
      keep[current] = 1;
      current = parentIndex[current];
    }
  });
  // descendants of each match: a line is kept if any ancestor matched
  const inMatchedSubtree = new Int8Array(lines.length); // 0 unknown, 1 yes, -1 no
  const visitedBy = new Int32Array(lines.length); // guards against parentKey cycles
  const resolve = (start: number): boolean => {
    const chain: number[] = [];
    let current: number | undefined = start;
    let answer = false;
    while (current !== undefined) {
      const known = inMatchedSubtree[current] as number;
      if (known !== 0) {
        answer = known === 1;
        break;
      }
      if (matched[current]) {
        answer = true;
        break;
      }
      if (visitedBy[current] === start + 1) break;
      visitedBy[current] = start + 1;
      chain.push(current);
      current = parentIndex[current];
    }
    for (const index of chain) inMatchedSubtree[index] = answer ? 1 : -1;
    return answer;
  };
  return lines.filter((_, index) => keep[index] === 1 || resolve(index));
}
