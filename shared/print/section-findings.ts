import type { BudgetLine, Finding, PersonnelRow } from '../model/report';

type PackLine = BudgetLine & { documentId: number };
type PackFinding = Finding & { documentId: number };
type PackPersonnel = PersonnelRow & { documentId: number };

/** the document lines a finding used: its own line and every cell's */
const usedLines = (finding: PackFinding) =>
  new Set([finding.source.line, ...(finding.cells ?? []).map((cell) => cell.line)]);

/**
 * The findings a department's section lists: those about its lines (by key), and those about no
 * line — a group label's sum, a 계 row of a yearly table, a headcount row — whose figures are on
 * its lines or its headcount rows (same document, same line). `claimed` keeps a finding about no line in the first section it fits, so
 * the pack does not list it twice.
 */
export function sectionFindings(
  lines: readonly PackLine[],
  personnel: readonly PackPersonnel[],
  byKey: ReadonlyMap<string, PackFinding[]>,
  unkeyed: readonly PackFinding[],
  claimed: Set<PackFinding>,
): PackFinding[] {
  const keys = new Set(lines.map((line) => line.key));
  const keyed = [...keys].flatMap((key) => byKey.get(key) ?? []);
  const here = new Set(
    [...lines, ...personnel].map((row) => `${row.documentId}|${row.source.line}`),
  );
  const about = unkeyed.filter((finding) => {
    if (claimed.has(finding)) return false;
    const fits = [...usedLines(finding)].some((line) => here.has(`${finding.documentId}|${line}`));
    if (fits) claimed.add(finding);
    return fits;
  });
  return [...keyed, ...about];
}

/**
 * What a finding about no line is about, for the findings table's first column: the first cell of
 * the row it was found on ('계', '앵커시설 ▹ 10건, 2,099억원'), shortened to a name's length.
 */
export function findingSubject(finding: Finding): string {
  const first = (finding.source.text ?? '').split('\t')[0]?.trim() ?? '';
  return first.length > 40 ? `${first.slice(0, 39)}…` : first;
}
