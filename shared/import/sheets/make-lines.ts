import type { ObservedName } from '../../model/audit-input';
import type { BudgetLine, Funding, FundingSource, StatedRates } from '../../model/report';
import type { TableRow } from '../../model/table';
import { compact } from '../../text/compact';
import { isDepartmentName } from '../interpret/names';
import type { SheetEntry } from './collect-rows';
import type { ColumnMapping } from './mapping';
import { renderedRow } from './render';
import type { RowNames } from './read-row';
import { isFundingRole, type MoneyRole, type SheetRole } from './roles';
import { SheetKeys } from './sheet-keys';
import type { Scoped } from './scopes';
import type { SheetGrid } from './types';

const MONEY_FIELDS: readonly MoneyRole[] = [
  'budget',
  'originalBudget',
  'supplementary',
  'carriedOver',
  'currentBudget',
  'previousBudget',
  'obligated',
  'spent',
  'projectedSpend',
  'requiredBudget',
  'collected',
];
const RATE_FIELDS: Partial<Record<SheetRole, keyof StatedRates>> = {
  changeRate: 'change',
  executionRate: 'execution',
  obligationRate: 'obligation',
  projectedRate: 'projected',
};

/** The government a row belongs to: its 자치단체 column, else its 지역 column. */
export function outerName(names: RowNames): string | undefined {
  return names.government ?? names.region;
}

/**
 * The grid's hierarchy from the sheet's group columns: the innermost named group is the line's
 * `department`, the ones above it (government, bureau) joined into its `bureau`. A government
 * every row shares is the document's organization and left out of the levels.
 */
export interface Place {
  bureau?: string;
  department?: string;
  keyDepartment: string;
}

export function placeOf(names: RowNames, sharedOuter: string | undefined): Place {
  const outer = outerName(names);
  const levels = [outer, names.bureau, names.department].filter((n): n is string => !!n);
  const shown =
    levels.length > 1 && outer !== undefined && outer === sharedOuter ? levels.slice(1) : levels;
  const place: Place = {
    keyDepartment: levels.join('›'),
  };
  if (shown.length > 0) place.department = shown[shown.length - 1]!;
  if (shown.length > 1) place.bureau = shown.slice(0, -1).join(' ');
  return place;
}

export interface MadeLines {
  lines: BudgetLine[];
  rows: TableRow[];
  names: ObservedName[];
}

/** The line fields a mapping fills, worked out once per sheet. */
function fieldsOf(mapping: ColumnMapping) {
  const roles = new Set(mapping.columns.map((column) => column.role));
  return {
    money: MONEY_FIELDS.filter((field) => roles.has(field)),
    funding: [...roles].filter(isFundingRole).map((role) => ({
      role,
      source: role.slice('funding:'.length) as FundingSource,
    })),
    rates: [...roles].flatMap((role) => {
      const field = RATE_FIELDS[role];
      return field ? [{ role, field }] : [];
    }),
  };
}

/** Entries → budget lines (totals stay audit rows only) and the audit table's rows. */
export function makeLines(
  grid: SheetGrid,
  mapping: ColumnMapping,
  entries: readonly SheetEntry[],
  scoped: Scoped,
  context: { fiscalYear: number; sharedOuter: string | undefined; isCsv: boolean },
): MadeLines {
  const keys = new SheetKeys();
  const made: MadeLines = { lines: [], rows: [], names: [] };
  const fields = fieldsOf(mapping);
  const unitColumn = mapping.columns.some((c) => c.role === 'unit');
  const mainUnit = mapping.columns.find(
    (c) => c.unit && MONEY_FIELDS.includes(c.role as MoneyRole),
  )?.unit;
  const departments = new Map<string, string | null>();
  const places = new Map<string, Place>();
  const lineOf: (BudgetLine | undefined)[] = [];
  entries.forEach((entry, index) => {
    const source: BudgetLine['source'] = {
      line: grid.firstLine + entry.row,
      text: renderedRow(grid, entry.row),
      row: entry.row,
    };
    if (!context.isCsv) source.sheet = grid.name;
    const tableRow: TableRow = {
      label: entry.label,
      isTotal: scoped.kind[index] === 'total',
      cells: entry.read.cells,
      source,
    };
    const parent = scoped.parents?.[index];
    if (parent !== undefined) tableRow.parentIndex = parent;
    made.rows.push(tableRow);
    if (tableRow.isTotal) return;
    const { amounts, rates } = entry.read;
    // a sheet repeats a few places over many rows: each worked out once
    const at = `${outerName(entry.carried) ?? ''}\u0000${entry.carried.bureau ?? ''}\u0000${entry.carried.department ?? ''}`;
    let place = places.get(at);
    if (!place) {
      place = placeOf(entry.carried, context.sharedOuter);
      places.set(at, place);
    }
    const fiscalYear = entry.read.year ?? context.fiscalYear;
    const program = entry.carried.program;
    const keyProject =
      program && program !== entry.label ? `${program}›${entry.label}` : entry.label;
    const line: BudgetLine = {
      key: keys.next(fiscalYear, place.keyDepartment, keyProject),
      fiscalYear,
      project: entry.label,
      source,
    };
    if (place.bureau) line.bureau = place.bureau;
    if (place.department) line.department = place.department;
    for (const field of fields.money) {
      const value = amounts[field];
      if (value !== undefined) line[field] = value;
    }
    let funding: Funding | undefined;
    for (const { role, source: from } of fields.funding) {
      const value = amounts[role];
      if (value !== undefined) (funding ??= {})[from] = value;
    }
    if (funding) line.funding = funding;
    let stated: StatedRates | undefined;
    for (const { role, field } of fields.rates) {
      const value = rates[role];
      if (value !== undefined) (stated ??= {})[field] = value;
    }
    if (stated) line.statedRates = stated;
    line.statedUnit = (unitColumn ? entry.read.unit : undefined) ?? mainUnit ?? mapping.unit;
    tableRow.lineKey = line.key;
    made.lines.push(line);
    lineOf[index] = line;
    const department = entry.carried.department;
    if (department === undefined) return;
    let name = departments.get(department);
    if (name === undefined) {
      name = isDepartmentName(department) ? compact(department) : null;
      departments.set(department, name);
    }
    if (name !== null) made.names.push({ kind: 'department', name, source });
  });
  // sub-lines point at the project line they add up to
  entries.forEach((_, index) => {
    const parent = scoped.parents?.[index];
    const line = lineOf[index];
    if (line && parent !== undefined && scoped.kind[parent] === 'parent') {
      const parentKey = lineOf[parent]?.key;
      if (parentKey) line.parentKey = parentKey;
    }
  });
  return made;
}
