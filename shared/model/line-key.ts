/** Removes what varies between documents but not in meaning: spaces, middle dots, brackets' spacing. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[·ㆍ・]/g, '·')
    .trim();
}

/**
 * A stable key for a budget line: the same project of the same department in the same fiscal year
 * gets the same key in every document, so notes and comparisons survive re-import.
 * `path` is the chain of names under the project (sub-project, funding part), if any.
 */
export function lineKey(parts: {
  fiscalYear: number;
  department?: string;
  project: string;
  path?: readonly string[];
}): string {
  const segments = [
    String(parts.fiscalYear),
    normalizeName(parts.department ?? ''),
    normalizeName(parts.project),
    ...(parts.path ?? []).map(normalizeName),
  ];
  return segments.join('|');
}
