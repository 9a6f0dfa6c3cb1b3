import type { StoredFinding, StoredLine } from '@data/stored';

/**
 * Finds the line a finding is about: by its line key, else by its source line. Indexed once per
 * set of lines, so a report with thousands of findings and lines lists them without a scan each.
 */
export function findingLineLookup(
  lines: readonly StoredLine[],
): (finding: StoredFinding) => StoredLine | undefined {
  const byKey = new Map<string, StoredLine>();
  const bySourceLine = new Map<string, StoredLine>();
  for (const line of lines) {
    const key = `${line.documentId}\u0000${line.key}`;
    if (!byKey.has(key)) byKey.set(key, line);
    const at = `${line.documentId}\u0000${line.source.line}`;
    if (!bySourceLine.has(at)) bySourceLine.set(at, line);
  }
  return (finding) =>
    (finding.lineKey && byKey.get(`${finding.documentId}\u0000${finding.lineKey}`)) ||
    bySourceLine.get(`${finding.documentId}\u0000${finding.source.line}`);
}
