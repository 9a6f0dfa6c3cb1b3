import { compact } from '../../text/compact';

/** A row of the sheet as the total finder sees it. */
export interface ScopedRow {
  /** the names the row sits under, outermost first (year, government, bureau, department), carried down */
  path: readonly string[];
  /** the same names as written in the row itself (blank where the row leaves them blank) */
  written: readonly string[];
  label: string;
  /** `계`, `합계`, `소계`… */
  totalWord?: 'subtotal' | 'total';
}

/** `parent`: a line whose sub-lines follow it (set by the caller for programme groups) */
export type RowKind = 'line' | 'total' | 'parent';

export interface Scoped {
  kind: RowKind[];
  /** for each total, how many levels of the path its group spans (the innermost = path length) */
  depth: (number | undefined)[];
  /** parent row index per row (a total it adds up into), or undefined; null when undecidable */
  parents: (number | undefined)[] | null;
}

const key = (path: readonly string[], length: number) => path.slice(0, length).join('\u0000');

/** Where a total row's sum reaches: a 소계 covers its carried group, a 합계 what it names itself. */
function totalScope(row: ScopedRow): string[] {
  if (row.totalWord === 'subtotal') return [...row.path];
  const scope: string[] = [];
  for (const name of row.written) {
    if (name === '' || /^(?:계|합계|총계|소계|전체)$/.test(compact(name))) break;
    scope.push(name);
  }
  return scope;
}

/**
 * Which rows are totals and what they add up. A `합계`/`소계` row is a total; so is a row named
 * like one of its own groups (`복지정책과` in the 부서 column and as its name) when that group has
 * other rows — an exported grid's department row. Totals get their children through parents:
 * a line's parent is the total of the narrowest group around it, a total's that of the next wider.
 * Several totals for one group make it undecidable (null): the audit then uses its own rules.
 */
export function scopeRows(rows: readonly ScopedRow[], grouped: boolean): Scoped {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.totalWord) continue;
    // the keys of every prefix of the path, built one level at a time
    let at = '';
    counts.set(at, (counts.get(at) ?? 0) + 1);
    for (let length = 1; length <= row.path.length; length++) {
      at = length === 1 ? row.path[0]! : `${at}\u0000${row.path[length - 1]}`;
      counts.set(at, (counts.get(at) ?? 0) + 1);
    }
  }
  const scopes: (string[] | undefined)[] = rows.map((row) => {
    if (row.totalWord) return totalScope(row);
    const name = compact(row.label);
    for (let level = row.path.length - 1; level >= 0; level--) {
      const group = compact(row.path[level] ?? '');
      if (group !== name && `${group}년` !== name) continue;
      // a group named like the row, with other rows in it: the row is that group's total
      if ((counts.get(key(row.path, level + 1)) ?? 0) > 1) return row.path.slice(0, level + 1);
    }
    // blank from some level on, and named like a group at that level (`경로당` above the rows
    // whose 상위 사업 is 경로당): that group's total
    const blank = row.path.indexOf('');
    if (blank >= 0 && row.path.slice(blank).every((name) => name === '')) {
      const group = [...row.path.slice(0, blank), row.label];
      if ((counts.get(key(group, group.length)) ?? 0) > 0) return group;
    }
    return undefined;
  });
  const kind = scopes.map((scope): RowKind => (scope ? 'total' : 'line'));
  const depth = scopes.map((scope) => scope?.length);
  if (!grouped || !scopes.some((scope) => scope !== undefined))
    return { kind, depth, parents: null };
  const totals = new Map<string, number>();
  for (let index = 0; index < rows.length; index++) {
    const scope = scopes[index];
    if (!scope) continue;
    const at = key(scope, scope.length);
    if (totals.has(at)) return { kind, depth, parents: null };
    totals.set(at, index);
  }
  const parents = rows.map((row, index) => {
    const scope = scopes[index];
    const from = scope ? scope.length - 1 : row.path.length;
    for (let length = from; length >= 0; length--) {
      const parent = totals.get(key(scope ?? row.path, length));
      if (parent !== undefined && parent !== index) return parent;
    }
    return undefined;
  });
  return { kind, depth, parents };
}
