import type { AuditInput } from '../model/audit-input';
import { countedOnce } from '../model/personnel-rows';
import type { Finding, Severity, SourceRef } from '../model/report';
import { appendAll } from './collections';
import { makeFinding } from './finding';
import { usableLine, usablePersonnel } from './line-figures';
import { auditChanges } from './rules/change';
import { auditLineFunding, auditTableFunding } from './rules/funding';
import { auditLineRates } from './rules/line-rates';
import { auditLineTotals } from './rules/line-totals';
import { auditSubProjects } from './rules/sub-projects';
import { auditNames } from './rules/names';
import { auditPersonnelRows } from './rules/personnel-rows';
import { auditPersonnelTable } from './rules/personnel-table';
import { auditRates } from './rules/rates';
import { auditTotals } from './rules/totals';
import { auditYearColumns } from './rules/year-columns';
import { auditNamedRates } from './rules/named-rates';
import { auditShareRows } from './rules/share-rows';
import { auditUnitAnomalies } from './rules/units';
import { auditGroupLabels } from './rules/group-labels';
import { auditNoteRates } from './rules/note-rates';
import { auditRestatedUnits } from './rules/restated-units';
import { auditOutlineGroups } from './rules/outline-sums';
import { auditFormulas } from './rules/formulas';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs one rule; a rule that throws on odd input becomes a warning instead of losing the audit. */
function safely(rule: string, source: SourceRef, run: () => Finding[]): Finding[] {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      makeFinding({
        severity: 'warning',
        code: 'audit-skipped',
        ko: `검사 '${rule}'를 이 부분에 적용하지 못했습니다: ${reason}`,
        en: `Check '${rule}' could not run here: ${reason}`,
        source,
      }),
    ];
  }
}

/** The same problem found from a table row and from the line made of it is reported once. */
function withoutDuplicates(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = [finding.code, finding.source.line, finding.stated, finding.computed].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const FIRST_LINE: SourceRef = { line: 1 };

/**
 * The consistency audit: every rule over the tables, lines, personnel rows and names the importer
 * found. Never throws. Findings come in document order, errors before warnings before info.
 */
export function auditReport(input: AuditInput): Finding[] {
  const findings: Finding[] = [];
  const add = (found: Finding[]) => appendAll(findings, found);
  for (const table of input.tables ?? []) {
    const at = table.source ?? FIRST_LINE;
    add(safely('totals', at, () => auditTotals(table)));
    add(safely('rates', at, () => auditRates(table)));
    add(safely('year-columns', at, () => auditYearColumns(table)));
    add(safely('named-rates', at, () => auditNamedRates(table)));
    add(safely('share-rows', at, () => auditShareRows(table)));
    add(safely('group-labels', at, () => auditGroupLabels(table)));
    add(safely('note-rates', at, () => auditNoteRates(table)));
    add(safely('change', at, () => auditChanges(table)));
    add(safely('funding', at, () => auditTableFunding(table)));
    add(safely('personnel', at, () => auditPersonnelTable(table)));
  }
  const lines = (input.lines ?? []).map(usableLine);
  // a line made from a table row was checked as that row, with the table's columns in view
  const fromTables = new Set<string>();
  for (const table of input.tables ?? [])
    for (const row of table.rows) if (row.lineKey !== undefined) fromTables.add(row.lineKey);
  for (const line of lines) {
    if (fromTables.has(line.key)) continue;
    const at = line.source ?? FIRST_LINE;
    add(safely('funding', at, () => auditLineFunding(line)));
    add(safely('rates', at, () => auditLineRates(line)));
  }
  const links = input.subProjects ?? [];
  // a heading over outline items is added up by the outline sums rule, at its printed precision
  const outlined = (input.outlineGroups ?? []).map((group) => group.parent.key);
  const skip = new Set([...fromTables, ...links.map((link) => link.projectKey), ...outlined]);
  const inferredLinks = new Set(input.inferredLinks ?? []);
  add(safely('line totals', FIRST_LINE, () => auditLineTotals(lines, { skip, inferredLinks })));
  add(safely('sub-projects', FIRST_LINE, () => auditSubProjects(links, lines)));
  add(
    safely('outline sums', FIRST_LINE, () => auditOutlineGroups(input.outlineGroups ?? [], lines)),
  );
  add(safely('formulas', FIRST_LINE, () => auditFormulas(input.formulas ?? [], lines)));
  add(safely('units', FIRST_LINE, () => auditUnitAnomalies(lines)));
  add(safely('restated units', FIRST_LINE, () => auditRestatedUnits(lines)));
  // rows read from a personnel table were checked as that table's rows, with its structure in view
  const tableRows = new Set<number>();
  for (const table of input.tables ?? [])
    if (table.kind === 'personnel') for (const row of table.rows) tableRows.add(row.source.line);
  // a repeat of a department's own table would count its people twice in the sums
  const loose = countedOnce(input.personnel ?? []).filter((row) => !tableRows.has(row.source.line));
  add(safely('personnel', FIRST_LINE, () => auditPersonnelRows(loose.map(usablePersonnel))));
  add(safely('names', FIRST_LINE, () => auditNames(input.names ?? [])));
  return withoutDuplicates(findings).sort(
    (a, b) =>
      a.source.line - b.source.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
