import { parseReportText } from './parse-report';
import { decodeReportBytes } from './decode';
import type { ParsedReport } from '../model/report';

export { decodeReportBytes, ReportDecodeError, type DecodedReport } from './decode';
export { textToBlocks, splitLines } from './blocks/text-to-blocks';
export type * from './blocks/types';
export { interpretBlocks, type Interpretation } from './interpret/interpret';
export {
  parseReportText,
  parseReportDetailed,
  parseBlocksDetailed,
  parseDocument,
  type DetailedParse,
  type DocumentParse,
} from './parse-report';
export * from './readers';
export * from './sheets';

export interface ParseOptions {
  fileName?: string;
}

/** Report text → checked ParsedReport (lines, personnel, audit findings, warnings). Sync and pure. */
export function parseReport(text: string, options: ParseOptions = {}): ParsedReport {
  return parseReportText(text, options.fileName);
}

/** Report file bytes (UTF-8 or CP949) → ParsedReport. Throws ReportDecodeError for undecodable bytes. */
export function parseReportBytes(
  bytes: Uint8Array,
  fileName?: string,
): ParsedReport & { encoding: 'utf-8' | 'euc-kr' } {
  const { text, encoding } = decodeReportBytes(bytes);
  return { ...parseReportText(text, fileName), encoding };
}
