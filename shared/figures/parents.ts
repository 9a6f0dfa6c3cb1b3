import type { BudgetLine } from '../model/report';

type Linked = Pick<BudgetLine, 'key' | 'parentKey'> & { documentId?: number };

/**
 * Each line's parent (an index into `lines`), by parentKey within the line's own document; a
 * missing parent leaves the line at the top, and a link that would close a cycle is dropped.
 */
export function resolveParents(lines: readonly Linked[]): (number | undefined)[] {
  const indexByDocument = new Map<number | undefined, Map<string, number>>();
  lines.forEach((line, index) => {
    let byKey = indexByDocument.get(line.documentId);
    if (!byKey) indexByDocument.set(line.documentId, (byKey = new Map()));
    if (!byKey.has(line.key)) byKey.set(line.key, index);
  });
  const parentOf = lines.map((line, index) => {
    if (line.parentKey === undefined) return undefined;
    const parent = indexByDocument.get(line.documentId)?.get(line.parentKey);
    return parent === index ? undefined : parent;
  });
  // 0 = unvisited, 1 = on the current walk, 2 = done
  const state = new Uint8Array(lines.length);
  for (let start = 0; start < lines.length; start++) {
    const walk: number[] = [];
    let current: number | undefined = start;
    while (current !== undefined && state[current] === 0) {
      state[current] = 1;
      walk.push(current);
      const next: number | undefined = parentOf[current];
      if (next !== undefined && state[next] === 1) parentOf[current] = undefined;
      current = parentOf[current];
    }
    for (const index of walk) state[index] = 2;
  }
  return parentOf;
}
