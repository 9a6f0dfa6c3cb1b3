import type { ParsedReport } from '../../model/report';
import type { SourcePosition, SourceRef } from '../../model/source';

function placed<T extends SourceRef>(ref: T, positions: ReadonlyMap<number, SourcePosition>): T {
  const position = positions.get(ref.line);
  return position ? { ...ref, ...position } : ref;
}

/**
 * Gives every source reference of a report (lines and where else they were read, personnel,
 * findings) the position its line has in the original file.
 */
export function withPositions(
  report: ParsedReport,
  positions: ReadonlyMap<number, SourcePosition> | undefined,
): ParsedReport {
  if (!positions || positions.size === 0) return report;
  return {
    ...report,
    lines: report.lines.map((line) => {
      const next = { ...line, source: placed(line.source, positions) };
      if (line.alsoAt) next.alsoAt = line.alsoAt.map((ref) => placed(ref, positions));
      return next;
    }),
    personnel: report.personnel.map((row) => ({ ...row, source: placed(row.source, positions) })),
    findings: report.findings.map((finding) => {
      const next = { ...finding, source: placed(finding.source, positions) };
      // a cell the reader placed itself (a PDF cell's box) keeps its own position
      if (finding.cells)
        next.cells = finding.cells.map((cell) =>
          cell.page === undefined && cell.box === undefined ? placed(cell, positions) : cell,
        );
      return next;
    }),
  };
}
