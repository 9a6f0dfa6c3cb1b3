import type { AuditInput } from '../model/audit-input';
import type { Finding, ImportWarning, ParsedReport } from '../model/report';
import { sha256, sha256Bytes } from '../text/sha256';
import { textToBlocks } from './blocks/text-to-blocks';
import type { Block } from './blocks/types';
import { interpretBlocks, type InterpretOptions } from './interpret/interpret';
import type { TableReading } from './interpret/table-corrections';
import { mergeRepeatedLines } from './merge-repeats';
import { readDocument } from './readers/read-document';
import { withPositions } from './readers/positions';
import type { ReaderOutput, ReadOptions, Readers } from './readers/types';
import { runAudit } from './run-audit';
import { parseSpreadsheet, type SpreadsheetSummary } from './sheets/parse-spreadsheet';

export interface DetailedParse {
  report: ParsedReport;
  blocks: Block[];
  auditInput: AuditInput;
  /** how each table was read: what the import preview shows and lets the user correct */
  tableReadings: TableReading[];
}

function byLine(a: Finding, b: Finding): number {
  return a.source.line - b.source.line;
}

/** Blocks (from any reader) → ParsedReport with the audit's findings, and what it was made from. */
export function parseBlocksDetailed(
  blocks: Block[],
  sha: string,
  options: InterpretOptions | string = {},
): DetailedParse {
  const interpretation = interpretBlocks(blocks, sha, options);
  const findings = [
    ...interpretation.importerFindings,
    ...runAudit(interpretation.auditInput),
  ].sort(byLine);
  const merged = mergeRepeatedLines(interpretation.report.lines, findings);
  const report: ParsedReport = { ...interpretation.report, ...merged };
  return {
    report,
    blocks,
    auditInput: interpretation.auditInput,
    tableReadings: interpretation.tableReadings,
  };
}

/** Each table's reading (header rows, column roles, unit, hierarchy), for the import preview. */
export function listTableReadings(parse: DetailedParse): TableReading[] {
  return parse.tableReadings;
}

/** Parse with everything the importer saw: the blocks and the interpreted tables (for a source view). */
export function parseReportDetailed(
  text: string,
  options: InterpretOptions | string = {},
): DetailedParse {
  const clean = text.startsWith('\ufeff') ? text.slice(1) : text;
  const warnings: ImportWarning[] = [];
  const detailed = parseBlocksDetailed(textToBlocks(clean, { warnings }), sha256(clean), options);
  if (warnings.length > 0) detailed.report.warnings = [...warnings, ...detailed.report.warnings];
  return detailed;
}

export function parseReportText(
  text: string,
  options: InterpretOptions | string = {},
): ParsedReport {
  return parseReportDetailed(text, options).report;
}

/** What parseDocument takes: how to read the file, and how to interpret it. */
export type ParseDocumentOptions = ReadOptions & Omit<InterpretOptions, 'fileName'>;

export interface DocumentParse extends DetailedParse {
  /** what the reader made of the file: its text rendering, blocks, positions, warnings */
  read: ReaderOutput;
  /** CSV/XLSX: the sheets to choose from, the column mapping used and the preview's counts */
  spreadsheet?: SpreadsheetSummary;
}

/**
 * Any supported file's bytes → ParsedReport, every source reference carrying its position in the
 * original. A text file keeps the SHA-256 of its text (as before formats were added); other
 * formats take the SHA-256 of the file's bytes.
 */
export async function parseDocument(
  bytes: Uint8Array,
  options: ParseDocumentOptions = {},
  readers: Readers = {},
): Promise<DocumentParse> {
  const { today, corrections, ...readOptions } = options;
  const read = await readDocument(bytes, readOptions, readers);
  if (read.sheets) {
    // a spreadsheet states its hierarchy and meaning in named columns: read by its own interpreter
    const sheet = parseSpreadsheet(read, sha256Bytes(bytes), {
      ...options.spreadsheet,
      fileName: options.fileName,
    });
    return { ...sheet, blocks: read.blocks, read, tableReadings: [] };
  }
  const sha = read.format === 'text' ? sha256(read.text) : sha256Bytes(bytes);
  const interpretOptions: InterpretOptions = {};
  if (options.fileName !== undefined) interpretOptions.fileName = options.fileName;
  if (today) interpretOptions.today = today;
  if (corrections) interpretOptions.corrections = corrections;
  const detailed = parseBlocksDetailed(read.blocks, sha, interpretOptions);
  const report = withPositions(detailed.report, read.positions);
  report.warnings = [...read.warnings, ...report.warnings];
  if (read.format !== 'text') report.document.format = read.format;
  if (read.pages !== undefined) report.document.pages = read.pages;
  return { ...detailed, report, read };
}
