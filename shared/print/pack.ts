import { budgetOf, comparableLines, findingsByLine } from '../compare/lines';
import { matchLines } from '../compare/match';
import { columnTotals } from '../compare/rows';
import type { Comparison, ComparisonRow } from '../compare/types';
import { changeRate, difference, ratio } from '../compare/variance';
import { normalizeName } from '../model/line-key';
import type { BudgetLine, Finding } from '../model/report';
import type { PackInput, PackModel, PackSection } from './pack-types';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** One line per key: when several documents hold the same line, the later document wins. */
function latestByKey<T extends BudgetLine>(lines: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const line of lines) byKey.set(line.key, line);
  return [...byKey.values()];
}

/** what a line was given: 예산현액 / 예산 / 본예산, or a plan's 소요예산 */
const amountOf = (line: BudgetLine) => budgetOf(line) ?? line.requiredBudget;

/** Departments in the order the pack asks for, else in the order the documents list them. */
function departmentsOf(input: PackInput): { name: string; bureau?: string }[] {
  const found = new Map<string, { name: string; bureau?: string }>();
  for (const line of input.lines) {
    if (!line.department || (line.category ?? 'expenditure') !== 'expenditure') continue;
    const id = normalizeName(line.department);
    if (!found.has(id)) found.set(id, { name: line.department, bureau: line.bureau });
  }
  for (const row of input.personnel) {
    if (!row.department) continue;
    const id = normalizeName(row.department);
    if (!found.has(id) && !/^(계|합계|소계|총계)$/.test(id))
      found.set(id, { name: row.department });
  }
  if (input.pack.departments.length === 0) return [...found.values()];
  return input.pack.departments.map(
    (name) => found.get(normalizeName(name)) ?? { name, bureau: undefined },
  );
}

/**
 * The department's budget table: its projects in the latest fiscal year against the year before
 * (the previous year's line when a document has it, else the line's own 전년도 예산), with
 * spending and execution rate.
 */
export function departmentBudget(
  lines: readonly BudgetLine[],
  findings: readonly Finding[],
): Comparison {
  const projects = comparableLines(latestByKey(lines));
  const latestYear = Math.max(...projects.map((line) => line.fiscalYear));
  const current = projects.filter((line) => line.fiscalYear === latestYear);
  const previous = projects.filter((line) => line.fiscalYear === latestYear - 1);
  const { pairs } = matchLines(previous, current);
  const flags = findingsByLine(findings);
  // without any line of the year before, a line is not "new": its 전년도 예산 is all we know
  const knowsPreviousYear = previous.length > 0;
  const rows = pairs.map((pair, index): ComparisonRow => {
    const line = (pair.after ?? pair.before)!;
    const before = pair.before ? amountOf(pair.before) : pair.after?.previousBudget;
    const after = pair.after ? amountOf(pair.after) : undefined;
    const spent = pair.after?.spent;
    const comparable = knowsPreviousYear || before !== undefined;
    return {
      id: `${index}:${line.key}`,
      label: line.project,
      group: line.department,
      status: knowsPreviousYear ? pair.status : 'single',
      flags: [pair.before, pair.after].flatMap((l) => (l ? (flags.get(l.key) ?? []) : [])),
      sources: [{ side: 'after', line: line.source.line, text: line.source.text }],
      values: {
        before: before ?? null,
        after: after ?? null,
        difference: comparable ? difference(before, after) : null,
        rate: comparable ? changeRate(before, after) : null,
        spent: spent ?? null,
        executionRate: ratio(spent, after),
      },
    };
  });
  const totals = columnTotals(rows, ['before', 'after', 'difference', 'spent']);
  const comparedBase = columnTotals(
    rows.filter((row) => row.values.difference !== null),
    ['before'],
  ).before;
  totals.rate =
    totals.difference === null || totals.difference === undefined
      ? null
      : changeRate(comparedBase ?? undefined, (comparedBase ?? 0) + totals.difference);
  totals.executionRate = ratio(totals.spent ?? undefined, totals.after ?? undefined);
  const year = Number.isFinite(latestYear) ? latestYear : undefined;
  const beforeLabel = year ? `${year - 1}년` : '전년';
  const afterLabel = year ? `${year}년` : '금년';
  return {
    kind: 'year-over-year',
    title: { ko: '예산 현황', en: 'Budget' },
    sides: { before: beforeLabel, after: afterLabel },
    columns: [
      {
        id: 'before',
        label: { ko: `${beforeLabel} 예산`, en: `${beforeLabel} budget` },
        kind: 'money',
      },
      {
        id: 'after',
        label: { ko: `${afterLabel} 예산`, en: `${afterLabel} budget` },
        kind: 'money',
      },
      { id: 'difference', label: { ko: '증감액', en: 'Change' }, kind: 'money' },
      { id: 'rate', label: { ko: '증감률', en: 'Change rate' }, kind: 'rate' },
      { id: 'spent', label: { ko: '집행액', en: 'Spent' }, kind: 'money' },
      { id: 'executionRate', label: { ko: '집행률', en: 'Execution' }, kind: 'rate' },
    ],
    rows,
    totals,
    primary: { before: 'before', after: 'after', difference: 'difference', rate: 'rate' },
    suggestions: [],
  };
}

/** Turns loaded documents, lines, findings and notes into the briefing pack's sections. */
export function buildPackModel(input: PackInput): PackModel {
  const titleOf = new Map(input.documents.map((doc) => [doc.id, doc.meta.title]));
  const lineByKey = new Map(input.lines.map((line) => [line.key, line]));
  /** a sub-project is named with its project: '도시숲 조성 › 시설비' */
  const projectOf = (key: string | undefined) => {
    const line = lineByKey.get(key ?? '');
    if (!line) return '';
    const parent = line.parentKey ? lineByKey.get(line.parentKey) : undefined;
    return parent ? `${parent.project} › ${line.project}` : line.project;
  };
  const linesOf = groupBy(input.lines, (line) => normalizeName(line.department ?? ''));
  const personnelOf = groupBy(input.personnel, (row) => normalizeName(row.department ?? ''));
  const findingsOf = groupBy(input.findings, (finding) => finding.lineKey ?? '');
  const sections = departmentsOf(input).map(({ name, bureau }, index): PackSection => {
    const id = normalizeName(name);
    const lines = linesOf.get(id) ?? [];
    const keys = new Set(lines.map((line) => line.key));
    const findings = [...keys].flatMap((key) => findingsOf.get(key) ?? []);
    const personnelDocs = personnelOf.get(id) ?? [];
    const lastDoc = personnelDocs[personnelDocs.length - 1]?.documentId;
    return {
      id: `section-${index + 1}`,
      department: name,
      bureau,
      personnel: personnelDocs.filter((row) => row.documentId === lastDoc),
      budget: departmentBudget(lines, findings),
      flagged: input.pack.includeFindings
        ? sortFindings(findings).map((finding) => ({
            project: projectOf(finding.lineKey),
            finding,
            documentTitle: titleOf.get(finding.documentId) ?? '',
          }))
        : [],
      notes: input.pack.includeNotes
        ? input.notes
            .filter((note) => keys.has(note.lineKey))
            .map((note) => ({ ...note, project: projectOf(note.lineKey) }))
        : [],
    };
  });
  return {
    cover: {
      title: input.pack.title,
      council: input.pack.council ?? input.documents[0]?.meta.council,
      session: input.pack.session ?? input.documents[0]?.meta.session,
      date: input.pack.date,
      preparedBy: input.pack.preparedBy,
      documents: input.documents.map((doc) => doc.meta.title),
    },
    sections,
    appendix: input.pack.includeFindings
      ? sortFindings(input.findings).map((finding) => ({
          documentTitle: titleOf.get(finding.documentId) ?? '',
          finding,
        }))
      : [],
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.source.line - b.source.line,
  );
}
