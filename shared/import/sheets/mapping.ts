import type { MoneyUnit } from '../../money/types';
import { sha256 } from '../../text/sha256';
import { cellText } from './cells';
import { findHeader, readAboveHeader, SEARCH_ROWS } from './find-header';
import { headerKey, type HeaderReading } from './recognise';
import { isAmountRole, type SheetRole } from './roles';
import { firstRows, type SheetGrid } from './types';

export interface ColumnAssignment {
  /** 0-based column */
  index: number;
  /** the header as shown to the user (`재원 / 국비` under a two-row header) */
  header: string;
  role: SheetRole;
  /** a unit this column's header states, overriding the mapping's */
  unit?: MoneyUnit;
  /** a year this column's header states (`2024년 예산`) */
  year?: number;
}

/** Where the mapping's unit came from, so the preview can say it (and ask when it is a default). */
export type UnitSource = 'user' | 'saved' | 'header' | 'above' | 'default';

/**
 * How one sheet is read: which row is the header, what each column holds, the unit of the
 * amounts. Plain data: the preview shows it, the user confirms or changes it, and it is saved under
 * its `signature` to be offered again for files with the same headers.
 */
export interface ColumnMapping {
  sheet: string;
  /** 0-based row of the (first) header row */
  headerRow: number;
  headerRows: 1 | 2;
  columns: ColumnAssignment[];
  unit: MoneyUnit;
  unitFrom: UnitSource;
  /** the year of every row when no column gives one (title, file name, a dated header, the user) */
  fiscalYear?: number;
  /** the sheet's title (a row above the header), for the document's title */
  title?: string;
  /** of the header texts: the same headers give the same signature, wherever the header row is */
  signature: string;
  /** false when no row looked like a header: the user has to point at it */
  recognised: boolean;
}

export interface MappingOptions {
  /** the unit the user states (`--unit 천원`); overrides what the file says */
  unit?: MoneyUnit;
  fiscalYear?: number;
  fileName?: string;
  /** mappings the user confirmed before; one with the same header signature is reused */
  saved?: readonly ColumnMapping[];
}

/** A short, stable fingerprint of the headers (spacing, brackets and units ignored). */
export function headerSignature(headers: readonly string[]): string {
  const keys = headers.map(headerKey);
  while (keys.length > 0 && keys[keys.length - 1] === '') keys.pop();
  return sha256(keys.join('\u001f')).slice(0, 16);
}

function yearFromName(name: string | undefined): number | undefined {
  const match = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/.exec(name ?? '');
  return match ? Number(match[1]) : undefined;
}

/** One column per role, except where a sheet legitimately repeats one (by year, below). */
function resolveRoles(readings: readonly HeaderReading[], labels: readonly string[]): SheetRole[] {
  const roles = readings.map((reading) => reading.role);
  const strongProject = readings.findIndex((r) => r.role === 'project' && !r.weak);
  readings.forEach((reading, index) => {
    if (reading.role === 'project' && reading.weak && strongProject >= 0) roles[index] = 'ignore';
  });
  // `사업명` beside `세부사업명`: the broader one is the programme
  const projects = roles.flatMap((role, index) => (role === 'project' ? [index] : []));
  if (projects.length > 1) {
    const finest =
      projects.find((index) => /세부|내역/.test(labels[index] ?? '')) ?? projects.at(-1)!;
    for (const index of projects) {
      if (index === finest) continue;
      roles[index] = roles.includes('program') ? 'ignore' : 'program';
    }
  }
  // dated budget columns: the latest year is the budget, the one before it last year's
  const dated = readings.flatMap((reading, index) =>
    reading.role === 'budget' && reading.year !== undefined ? [index] : [],
  );
  if (dated.length > 1) {
    const latest = Math.max(...dated.map((index) => readings[index]!.year!));
    for (const index of dated) {
      const year = readings[index]!.year!;
      if (year === latest - 1 && !roles.includes('previousBudget')) roles[index] = 'previousBudget';
      else if (year !== latest) roles[index] = 'ignore';
    }
  }
  const seen = new Set<SheetRole>();
  roles.forEach((role, index) => {
    if (role === 'ignore') return;
    if (seen.has(role)) roles[index] = 'ignore';
    seen.add(role);
  });
  return roles;
}

function sheetYear(readings: readonly HeaderReading[], roles: readonly SheetRole[]) {
  const years = new Set<number>();
  roles.forEach((role, index) => {
    const year = readings[index]?.year;
    if (isAmountRole(role) && role !== 'previousBudget' && year !== undefined) years.add(year);
  });
  return years.size === 1 ? [...years][0] : undefined;
}

function fallbackHeaderRow(grid: SheetGrid): number {
  for (let index = 0; index < grid.rows.length; index++) {
    const row = grid.rows.at(index) ?? [];
    if (row.filter((cell) => cellText(cell) !== '').length >= 2) return index;
  }
  return 0;
}

/** The mapping the app proposes for a sheet: headers recognised, unit and year found. */
export function proposeMapping(grid: SheetGrid, options: MappingOptions = {}): ColumnMapping {
  const head = firstRows(grid.rows, SEARCH_ROWS + 1);
  const found = findHeader(head);
  const headerRow = found?.headerRow ?? fallbackHeaderRow(grid);
  const labels = found?.labels ?? (grid.rows.at(headerRow) ?? []).map((cell) => cellText(cell));
  const readings = found?.readings ?? labels.map((): HeaderReading => ({ role: 'ignore' }));
  const roles = resolveRoles(readings, labels);
  const above = readAboveHeader(
    headerRow < head.length ? head : firstRows(grid.rows, headerRow + 1),
    headerRow,
  );
  const columns = labels.map((header, index): ColumnAssignment => {
    const reading = readings[index]!;
    const column: ColumnAssignment = { index, header, role: roles[index]! };
    if (reading.unit) column.unit = reading.unit;
    if (reading.year !== undefined) column.year = reading.year;
    return column;
  });
  const headerUnits = new Set(
    columns.filter((c) => isAmountRole(c.role) && c.unit).map((c) => c.unit!),
  );
  let unit: MoneyUnit = '원';
  let unitFrom: UnitSource = 'default';
  if (options.unit) [unit, unitFrom] = [options.unit, 'user'];
  else if (above.unit) [unit, unitFrom] = [above.unit, 'above'];
  else if (headerUnits.size === 1) [unit, unitFrom] = [[...headerUnits][0]!, 'header'];
  const mapping: ColumnMapping = {
    sheet: grid.name,
    headerRow,
    headerRows: found?.headerRows ?? 1,
    columns,
    unit,
    unitFrom,
    signature: headerSignature(labels),
    recognised: found !== null,
  };
  const fiscalYear =
    options.fiscalYear ??
    sheetYear(readings, roles) ??
    above.year ??
    yearFromName(options.fileName);
  if (fiscalYear !== undefined) mapping.fiscalYear = fiscalYear;
  if (above.title) mapping.title = above.title;
  const saved = options.saved?.find((candidate) => candidate.signature === mapping.signature);
  return saved ? reuseMapping(mapping, saved, options) : mapping;
}

/**
 * A saved mapping applied to a new file with the same headers: the user's roles and unit, this
 * file's header row, title and year (a unit the user states now still wins).
 */
export function reuseMapping(
  proposed: ColumnMapping,
  saved: ColumnMapping,
  options: Pick<MappingOptions, 'unit'> = {},
): ColumnMapping {
  const columns = proposed.columns.map((column) => {
    const remembered = saved.columns.find((c) => c.index === column.index);
    return remembered
      ? { ...column, role: remembered.role, ...(remembered.unit ? { unit: remembered.unit } : {}) }
      : column;
  });
  const next: ColumnMapping = { ...proposed, columns };
  if (!options.unit) {
    next.unit = saved.unit;
    next.unitFrom = 'saved';
  }
  return next;
}
