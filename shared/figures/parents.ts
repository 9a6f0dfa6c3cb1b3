import type { BudgetLine } from '../model/report';

type Linked = Pick<BudgetLine, 'key' | 'parentKey'> &
  Partial<Pick<BudgetLine, 'fiscalYear' | 'project' | 'category' | 'source'>> & {
    documentId?: number;
  };

const rowOf = (line: Linked) =>
  line.source === undefined
    ? undefined
    : `${line.documentId ?? ''}\u0000${line.category ?? ''}\u0000${line.source.line}\u0000${line.project ?? ''}`;

/**
 * A table row read for several years (`2023 최종예산 | 2024 예산현액`) gives one line per year;
 * when only one of them is linked to its parent row (세외수입 › 경상적세외수입), the others stand in
 * the same place: each line that names no parent gets the parent row's line of its own year, so
 * parts are never added to the whole they belong to. Lines are twins when they share document,
 * category, table row (source line) and name; the parent's twin must be of the line's own year.
 */
export function twinParentKeys(lines: readonly Linked[]): (string | undefined)[] {
  const byKey = new Map<string, Linked>();
  const byRowYear = new Map<string, string>();
  const linkedTwin = new Map<string, Linked>();
  for (const line of lines) {
    byKey.set(`${line.documentId ?? ''}\u0000${line.key}`, line);
    const row = rowOf(line);
    if (row === undefined) continue;
    const rowYear = `${row}\u0000${line.fiscalYear}`;
    if (!byRowYear.has(rowYear)) byRowYear.set(rowYear, line.key);
    if (line.parentKey !== undefined && !linkedTwin.has(row)) linkedTwin.set(row, line);
  }
  return lines.map((line) => {
    if (line.parentKey !== undefined) return undefined;
    const row = rowOf(line);
    const twin = row === undefined ? undefined : linkedTwin.get(row);
    if (!twin || twin.fiscalYear === line.fiscalYear) return undefined;
    const parent = byKey.get(`${line.documentId ?? ''}\u0000${twin.parentKey}`);
    const parentRow = parent ? rowOf(parent) : undefined;
    if (parentRow === undefined) return undefined;
    const key = byRowYear.get(`${parentRow}\u0000${line.fiscalYear}`);
    return key === line.key ? undefined : key;
  });
}

/** The lines with their twins' parents filled in (see twinParentKeys); unchanged lines are kept. */
export function withTwinParents<L extends Linked>(lines: readonly L[]): L[] {
  const inferred = twinParentKeys(lines);
  if (inferred.every((key) => key === undefined)) return lines as L[];
  return lines.map((line, index) => {
    const parentKey = inferred[index];
    return parentKey === undefined ? line : { ...line, parentKey };
  });
}

/**
 * Each line's parent (an index into `lines`), by parentKey within the line's own document (or,
 * for a line that names none, its year twin's parent row: twinParentKeys); a missing parent
 * leaves the line at the top, and a link that would close a cycle is dropped.
 */
export function resolveParents(lines: readonly Linked[]): (number | undefined)[] {
  const indexByDocument = new Map<number | undefined, Map<string, number>>();
  lines.forEach((line, index) => {
    let byKey = indexByDocument.get(line.documentId);
    if (!byKey) indexByDocument.set(line.documentId, (byKey = new Map()));
    if (!byKey.has(line.key)) byKey.set(line.key, index);
  });
  const inferred = twinParentKeys(lines);
  const parentOf = lines.map((line, index) => {
    const parentKey = line.parentKey ?? inferred[index];
    if (parentKey === undefined) return undefined;
    const parent = indexByDocument.get(line.documentId)?.get(parentKey);
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
