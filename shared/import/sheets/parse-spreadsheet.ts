import type { AuditInput } from '../../model/audit-input';
import type { BudgetLine, DocumentMeta, Finding, ParsedReport } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import { runAudit } from '../run-audit';
import type { ReaderOutput } from '../readers/types';
import { interpretSheet, type SheetInterpretation, type SheetStats } from './interpret-sheet';
import { proposeMapping, type ColumnMapping } from './mapping';
import type { SpreadsheetOptions } from './options';
import { isAmountRole } from './roles';
import type { SheetGrid } from './types';

/** A sheet as the preview lists it for choosing. */
export interface SheetSummary {
  name: string;
  rows: number;
  hidden: boolean;
  /** whether a header row was recognised on it */
  recognised: boolean;
  /** amount columns recognised */
  amountColumns: number;
}

/** What the preview shows of a spreadsheet besides the report: the sheets, the mapping, the counts. */
export interface SpreadsheetSummary {
  sheets: SheetSummary[];
  mapping: ColumnMapping;
  stats: SheetStats;
  partialFunding: boolean;
}

export interface SpreadsheetParse {
  report: ParsedReport;
  auditInput: AuditInput;
  spreadsheet: SpreadsheetSummary;
}

/** The user named a sheet the workbook does not have. */
export class SheetChoiceError extends Error {
  readonly ko: string;
  readonly en: string;
  constructor(ko: string, en: string) {
    super(`${ko} / ${en}`);
    this.name = 'SheetChoiceError';
    this.ko = ko;
    this.en = en;
  }
}

function amountColumns(mapping: ColumnMapping): number {
  return mapping.columns.filter((column) => isAmountRole(column.role)).length;
}

function summaries(
  grids: readonly SheetGrid[],
  mappings: readonly ColumnMapping[],
): SheetSummary[] {
  return grids.map((grid, index) => ({
    name: grid.name,
    rows: grid.rows.length,
    hidden: grid.hidden === true,
    recognised: mappings[index]!.recognised,
    amountColumns: amountColumns(mappings[index]!),
  }));
}

/** The sheet to read: the one asked for, else the visible one whose headers name the most amounts. */
export function chooseSheet(
  grids: readonly SheetGrid[],
  mappings: readonly ColumnMapping[],
  asked?: string,
): number {
  if (asked !== undefined) {
    const index = grids.findIndex(
      (grid) => grid.name === asked || grid.name.trim() === asked.trim(),
    );
    if (index < 0) {
      const names = grids.map((grid) => grid.name).join(', ');
      throw new SheetChoiceError(
        `'${asked}' 시트가 없습니다. 있는 시트: ${names}`,
        `no sheet named '${asked}'; sheets: ${names}`,
      );
    }
    return index;
  }
  let best = -1;
  let bestScore = -1;
  grids.forEach((grid, index) => {
    const mapping = mappings[index]!;
    const score =
      (grid.hidden ? 0 : 4) +
      (mapping.recognised ? 2 : 0) +
      (grid.rows.length > 0 ? 1 : 0) +
      amountColumns(mapping) / 100;
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return Math.max(0, best);
}

/** Lines as the audit sees them: without a funding split that is evidently partial. */
function auditedLines(interpretation: SheetInterpretation): BudgetLine[] {
  if (!interpretation.partialFunding) return interpretation.lines;
  return interpretation.lines.map((line) => {
    if (!line.funding) return line;
    const { funding: _funding, ...rest } = line;
    return rest;
  });
}

function byLine(a: Finding, b: Finding): number {
  return a.source.line - b.source.line;
}

/**
 * A read spreadsheet → ParsedReport: the chosen sheet under the user's mapping (or the proposed
 * one), audited by the same rules as a report. Sheet and row are on every source reference.
 */
export function parseSpreadsheet(
  read: ReaderOutput,
  sha256: string,
  options: SpreadsheetOptions & { fileName?: string } = {},
): SpreadsheetParse {
  const grids = read.sheets ?? [];
  const mappingOptions = {
    unit: options.unit,
    fiscalYear: options.fiscalYear,
    fileName: options.fileName,
    saved: options.saved,
  };
  const mappings = grids.map((grid) => proposeMapping(grid, mappingOptions));
  const chosen = options.mapping
    ? chooseSheet(grids, mappings, options.mapping.sheet)
    : chooseSheet(grids, mappings, options.sheet);
  const grid = grids[chosen] ?? { name: '', rows: [], firstLine: 1 };
  const mapping = options.mapping ?? mappings[chosen] ?? proposeMapping(grid, mappingOptions);
  const interpretation = interpretSheet(grid, mapping);
  const auditInput: AuditInput = {
    tables: [interpretation.table],
    lines: auditedLines(interpretation),
    personnel: [],
    names: interpretation.names,
  };
  const findings = runAudit(auditInput).sort(byLine);
  const baseName = tidySpaces((options.fileName ?? '').replace(/\.[^.]+$/, ''));
  const document: DocumentMeta = {
    title: mapping.title ?? (baseName || grid.name || '제목 없음'),
    kind: 'other',
    fiscalYears: interpretation.fiscalYears,
    sha256,
    format: read.format,
  };
  if (interpretation.organization) document.organization = interpretation.organization;
  const report: ParsedReport = {
    document,
    lines: interpretation.lines,
    personnel: [],
    findings,
    warnings: [...read.warnings, ...interpretation.warnings],
  };
  return {
    report,
    auditInput: { ...auditInput, lines: interpretation.lines },
    spreadsheet: {
      sheets: summaries(grids, mappings),
      mapping,
      stats: interpretation.stats,
      partialFunding: interpretation.partialFunding,
    },
  };
}
