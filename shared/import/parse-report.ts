import type { AuditInput } from '../model/audit-input';
import type { Finding, ParsedReport } from '../model/report';
import { sha256 } from '../text/sha256';
import { textToBlocks } from './blocks/text-to-blocks';
import type { Block } from './blocks/types';
import { interpretBlocks } from './interpret/interpret';
import { mergeRepeatedLines } from './merge-repeats';
import { runAudit } from './run-audit';

export interface DetailedParse {
  report: ParsedReport;
  blocks: Block[];
  auditInput: AuditInput;
}

function byLine(a: Finding, b: Finding): number {
  return a.source.line - b.source.line;
}

/** Parse with everything the importer saw: the blocks and the interpreted tables (for a source view). */
export function parseReportDetailed(text: string, fileName?: string): DetailedParse {
  const clean = text.startsWith('\ufeff') ? text.slice(1) : text;
  const blocks = textToBlocks(clean);
  const interpretation = interpretBlocks(blocks, sha256(clean), fileName);
  const findings = [
    ...interpretation.importerFindings,
    ...runAudit(interpretation.auditInput),
  ].sort(byLine);
  const merged = mergeRepeatedLines(interpretation.report.lines, findings);
  const report: ParsedReport = { ...interpretation.report, ...merged };
  return { report, blocks, auditInput: interpretation.auditInput };
}

export function parseReportText(text: string, fileName?: string): ParsedReport {
  return parseReportDetailed(text, fileName).report;
}
