import type { ObservedName } from '../../model/audit-input';
import type { BudgetLine, ImportWarning } from '../../model/report';
import type { AuditTable, ColumnRole } from '../../model/table';
import { collectRows, type BadRow, type SheetEntry } from './collect-rows';
import { makeLines, outerName } from './make-lines';
import type { ColumnMapping } from './mapping';
import { auditColumns } from './read-row';
import { isFundingRole, isGroupRole, type SheetRole } from './roles';
import { scopeRows, type ScopedRow } from './scopes';
import { leaveUnstatedSplits } from './unstated-splits';
import type { SheetGrid } from './types';

/** What the preview counts before the user confirms. */
export interface SheetStats {
  /** rows after the header that hold something */
  dataRows: number;
  lines: number;
  /** 합계/소계 rows and group rows: audited against their rows, not stored as lines */
  totals: number;
  emptyRows: number;
  /** rows with text but no figures or name (notes, sources, a repeated header) */
  noteRows: number;
  /** amount cells with no figure (empty, `-`, `null`, `N/A`): shown as no figure, never 0 */
  noFigureCells: number;
  /** lines with at least one amount left without a figure */
  noFigureLines: number;
  badRows: BadRow[];
  /** distinct governments (자치단체/지역 column), when the sheet has one */
  governments: number;
}

export interface SheetInterpretation {
  mapping: ColumnMapping;
  lines: BudgetLine[];
  table: AuditTable;
  names: ObservedName[];
  warnings: ImportWarning[];
  stats: SheetStats;
  /** the one government every row belongs to, when there is one */
  organization?: string;
  fiscalYears: number[];
  /** the funding columns do not add up to the budget in most rows: a partial split, not checked */
  partialFunding: boolean;
}

const WARNED_ROWS = 300;

function pathOf(
  names: SheetEntry['carried'],
  year: number | undefined,
  roles: ReadonlySet<SheetRole>,
) {
  const path: string[] = [];
  if (roles.has('fiscalYear')) path.push(year === undefined ? '' : String(year));
  if (roles.has('government') || roles.has('region')) path.push(outerName(names) ?? '');
  if (roles.has('bureau')) path.push(names.bureau ?? '');
  if (roles.has('department')) path.push(names.department ?? '');
  if (roles.has('program')) path.push(names.program ?? '');
  return path;
}

function fundingAddsUp(entries: readonly SheetEntry[], totals: ReadonlySet<number>): boolean {
  let checked = 0;
  let agreeing = 0;
  entries.forEach((entry, index) => {
    if (totals.has(index)) return;
    const { amounts } = entry.read;
    const whole = amounts.budget ?? amounts.currentBudget;
    const parts = (Object.keys(amounts) as SheetRole[]).filter(isFundingRole);
    if (whole === undefined || parts.length === 0) return;
    checked++;
    if (parts.reduce((sum, role) => sum + (amounts[role] ?? 0), 0) === whole) agreeing++;
  });
  return checked < 3 || agreeing * 2 >= checked;
}

function auditRole(role: SheetRole, mapping: ColumnMapping, partialFunding: boolean): ColumnRole {
  const roles = new Set(mapping.columns.map((c) => c.role));
  // `당초예산 | 최종예산 | 증감액`: the change is taken from the original budget
  if (role === 'originalBudget' && roles.has('change') && !roles.has('previousBudget'))
    return 'previousBudget';
  if (isFundingRole(role) && partialFunding) return 'other';
  return role as ColumnRole;
}

function describeBadRows(badRows: readonly BadRow[]): ImportWarning[] {
  const warnings = badRows.slice(0, WARNED_ROWS).map((bad) => ({
    line: bad.line,
    message: {
      ko: `${bad.row + 1}행: ${bad.reason.ko}`,
      en: `row ${bad.row + 1}: ${bad.reason.en}`,
    },
  }));
  if (badRows.length > WARNED_ROWS) {
    const rest = badRows.length - WARNED_ROWS;
    warnings.push({
      line: badRows[WARNED_ROWS]!.line,
      message: { ko: `그 밖에 문제 있는 행 ${rest}개`, en: `${rest} more rows with problems` },
    });
  }
  return warnings;
}

/**
 * One sheet under a confirmed (or proposed) mapping → budget lines, the table the audit checks,
 * warnings and the preview's counts.
 */
export function interpretSheet(
  grid: SheetGrid,
  mapping: ColumnMapping,
  options: { currentYear?: number } = {},
): SheetInterpretation {
  const collected = collectRows(grid, mapping);
  const { entries } = collected;
  const headerLine = grid.firstLine + mapping.headerRow;
  const warnings: ImportWarning[] = [];
  const grouped = mapping.columns.some((c) => isGroupRole(c.role) || c.role === 'fiscalYear');
  const roles = new Set(mapping.columns.map((c) => c.role));
  const scopedRows: ScopedRow[] = entries.map((entry) => {
    const path = pathOf(entry.carried, entry.read.year, roles);
    // only a total's scope reads the names as written: the other rows share their path
    const written = entry.totalWord ? pathOf(entry.read.names, entry.read.year, roles) : path;
    const row: ScopedRow = { path, written, label: entry.label };
    if (entry.totalWord) row.totalWord = entry.totalWord;
    return row;
  });
  const scoped = scopeRows(scopedRows, grouped);
  // a project named over the rows whose 상위 사업 it is: a line of its own, its rows its sub-lines
  if (roles.has('program')) {
    scoped.kind.forEach((kind, index) => {
      const entry = entries[index]!;
      if (
        kind === 'total' &&
        !entry.totalWord &&
        scoped.depth[index] === scopedRows[index]!.path.length
      )
        scoped.kind[index] = 'parent';
    });
  }
  const totals = new Set(scoped.kind.flatMap((kind, index) => (kind === 'total' ? [index] : [])));
  const outers = new Set<string>();
  entries.forEach((entry, index) => {
    const outer = outerName(entry.carried);
    if (outer && !totals.has(index)) outers.add(outer);
  });
  const sharedOuter = outers.size === 1 ? [...outers][0] : undefined;
  let fiscalYear = mapping.fiscalYear;
  if (fiscalYear === undefined && entries.some((entry) => entry.read.year === undefined)) {
    fiscalYear = options.currentYear ?? new Date().getFullYear();
    warnings.push({
      line: headerLine,
      message: {
        ko: `회계연도를 알 수 없어 ${fiscalYear}년으로 두었습니다 (연도 열·제목·파일 이름에 연도가 없음)`,
        en: `no fiscal year found (no year column, title or file name year); filed under ${fiscalYear}`,
      },
    });
  }
  leaveUnstatedSplits(entries, scoped, mapping);
  const made = makeLines(grid, mapping, entries, scoped, {
    fiscalYear: fiscalYear ?? 0,
    sharedOuter,
    isCsv: grid.delimiter !== undefined,
  });
  const partialFunding = !fundingAddsUp(entries, totals);
  const columns = auditColumns(mapping).map((index) => {
    const column = mapping.columns[index]!;
    return { role: auditRole(column.role, mapping, partialFunding), label: column.header };
  });
  const table: AuditTable = {
    kind: 'money',
    unit: { kind: 'money', unit: mapping.unit },
    columns,
    rows: made.rows,
    source: { line: headerLine },
    caption: mapping.title ?? mapping.sheet,
  };
  if (!mapping.recognised)
    warnings.push({
      line: headerLine,
      message: {
        ko: '머리행(열 이름)을 알아보지 못했습니다. 열마다 무엇인지 지정해 주세요',
        en: 'could not recognise the header row; say what each column holds',
      },
    });
  if (mapping.unitFrom === 'default' && made.lines.length > 0)
    warnings.push({
      line: headerLine,
      message: {
        ko: '금액 단위가 적혀 있지 않아 원으로 읽었습니다. 천원 단위라면 단위를 지정해 주세요',
        en: 'the sheet states no unit; amounts were read as won (state the unit if they are in 천원)',
      },
    });
  if (partialFunding)
    warnings.push({
      line: headerLine,
      message: {
        ko: '재원 열(국비·시비 등)의 합이 대부분의 행에서 예산과 달라 재원 일부만 적힌 표로 보고 재원 검산을 하지 않았습니다',
        en: 'the funding columns do not add up to the budget in most rows (a partial split); funding was not checked',
      },
    });
  warnings.push(...describeBadRows(collected.badRows));
  const years = new Set(made.lines.map((line) => line.fiscalYear));
  const stats: SheetStats = {
    dataRows:
      entries.length + collected.badRows.filter((b) => b.skipped).length + collected.noteRows,
    lines: made.lines.length,
    totals: totals.size,
    emptyRows: collected.emptyRows,
    noteRows: collected.noteRows,
    noFigureCells: entries.reduce((sum, entry) => sum + entry.read.noFigure, 0),
    noFigureLines: entries.filter((entry, index) => !totals.has(index) && entry.read.noFigure > 0)
      .length,
    badRows: collected.badRows,
    governments: outers.size,
  };
  const result: SheetInterpretation = {
    mapping,
    lines: made.lines,
    table,
    names: made.names,
    warnings,
    stats,
    fiscalYears: [...years].sort((a, b) => a - b),
    partialFunding,
  };
  if (sharedOuter) result.organization = sharedOuter;
  return result;
}
