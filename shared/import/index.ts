import { parseReportText } from './parse-report';
import { decodeReportBytes } from './decode';
import type { ParsedReport } from '../model/report';
import type { InterpretOptions } from './interpret/interpret';

export { decodeReportBytes, ReportDecodeError, type DecodedReport } from './decode';
export { textToBlocks, splitLines } from './blocks/text-to-blocks';
export type * from './blocks/types';
export { interpretBlocks, type Interpretation, type InterpretOptions } from './interpret/interpret';
export {
  parseReportText,
  parseReportDetailed,
  parseBlocksDetailed,
  parseDocument,
  type DetailedParse,
  type DocumentParse,
  type ParseDocumentOptions,
  listTableReadings,
} from './parse-report';
export {
  tableSignature,
  type CorrectedRole,
  type DocumentCorrections,
  type TableCorrection,
  type TableReading,
} from './interpret/table-corrections';
export { readCorrectionsData, type CorrectionsFileResult } from './corrections-file';
export * from './readers';
export * from './sheets';

/** `today`: the day of the import (callers pass it; shared code never reads the clock). */
export type ParseOptions = InterpretOptions;

/** Report text → checked ParsedReport (lines, personnel, audit findings, warnings). Sync and pure. */
export function parseReport(text: string, options: ParseOptions = {}): ParsedReport {
  return parseReportText(text, options);
}

/** Report file bytes (UTF-8 or CP949) → ParsedReport. Throws ReportDecodeError for undecodable bytes. */
export function parseReportBytes(
  bytes: Uint8Array,
  options: ParseOptions | string = {},
): ParsedReport & { encoding: 'utf-8' | 'euc-kr' } {
  const { text, encoding } = decodeReportBytes(bytes);
  return { ...parseReportText(text, options), encoding };
}
