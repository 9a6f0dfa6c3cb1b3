/** Printable ASCII and precomposed Hangul syllables: already NFC, no dot to unify, only spaces to drop. */
const PLAIN_NAME = /^[\x20-\x7e\uac00-\ud7a3]*$/;

/** Removes what varies between documents but not in meaning: spaces, middle dots, brackets' spacing. */
export function normalizeName(name: string): string {
  // most names (a sheet's 200,000 projects): the same result without normalising and two passes
  if (PLAIN_NAME.test(name)) return name.includes(' ') ? name.replaceAll(' ', '') : name;
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
