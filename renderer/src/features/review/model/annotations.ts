import type { Note, StoredDocument, StoredFinding, StoredLine } from '@data/stored';
import { evaluateFlagRules, type FlagHit, type FlagRule } from '@shared/flags';
import { lineVariance, type LineVariance } from '@shared/variance';
import type { BudgetLine } from '@shared/model/report';

/** What the review knows about one line beyond its figures. */
export interface LineAnnotation {
  findings: StoredFinding[];
  variance: LineVariance;
  flags: FlagHit[];
  noteCount: number;
}

export const scopedKey = (documentId: number | undefined, key: string) =>
  `${documentId ?? ''}\u0000${key}`;

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The same project a year earlier: keys are `year|department|project…`. */
function previousYearLookup(lines: readonly StoredLine[]) {
  const byYearlessKey = new Map<string, StoredLine>();
  const yearless = (line: BudgetLine) =>
    `${line.fiscalYear}${line.key.slice(line.key.indexOf('|'))}`;
  for (const line of lines) byYearlessKey.set(yearless(line), line);
  return (line: BudgetLine) =>
    line.previousBudget === undefined
      ? byYearlessKey.get(yearless({ ...line, fiscalYear: line.fiscalYear - 1 }))
      : undefined;
}

export function flagMetrics(variance: LineVariance, fiscalYear?: number, asOf?: string) {
  const value = (c: LineVariance['executionRate']) => (c.ok ? c.value : undefined);
  return {
    fiscalYear,
    asOf,
    executionRate: value(variance.executionRate),
    changeRate: value(variance.changeRate),
    projectedLapse: value(variance.projectedLapse),
  };
}

/** Findings, rule hits, variance and note counts for every line, keyed by scopedKey. O(n). */
export function annotateLines(
  lines: readonly StoredLine[],
  findings: readonly StoredFinding[],
  notes: readonly Note[],
  documents: readonly StoredDocument[],
  rules: readonly FlagRule[],
): Map<string, LineAnnotation> {
  const byKey = new Map<string, StoredFinding[]>();
  const bySourceLine = new Map<string, StoredFinding[]>();
  for (const finding of findings) {
    if (finding.lineKey) push(byKey, scopedKey(finding.documentId, finding.lineKey), finding);
    else push(bySourceLine, scopedKey(finding.documentId, String(finding.source.line)), finding);
  }
  const notesByKey = new Map<string, number>();
  for (const note of notes) {
    // a note waiting for its deleted document shows on no line
    if (note.documentId === undefined) continue;
    const key = scopedKey(note.documentId, note.lineKey);
    notesByKey.set(key, (notesByKey.get(key) ?? 0) + 1);
  }
  const dateOf = new Map(documents.map((doc) => [doc.id, doc.meta.date]));
  const previousOf = previousYearLookup(lines);
  const result = new Map<string, LineAnnotation>();
  for (const line of lines) {
    const key = scopedKey(line.documentId, line.key);
    const own = byKey.get(key) ?? [];
    const atLine = bySourceLine.get(scopedKey(line.documentId, String(line.source.line))) ?? [];
    const variance = lineVariance(line, previousOf(line));
    const metrics = flagMetrics(variance, line.fiscalYear, dateOf.get(line.documentId));
    result.set(key, {
      findings: atLine.length ? [...own, ...atLine] : own,
      variance,
      flags: evaluateFlagRules(metrics, rules),
      noteCount: notesByKey.get(key) ?? 0,
    });
  }
  return result;
}

/** The worst severity among findings, for the row's icon and colour. */
export function worstSeverity(findings: readonly StoredFinding[]) {
  if (findings.some((f) => f.severity === 'error')) return 'error' as const;
  if (findings.some((f) => f.severity === 'warning')) return 'warning' as const;
  if (findings.length > 0) return 'info' as const;
  return undefined;
}
