import type { FindingCell } from '../model/report';

interface CellRun {
  page?: number;
  from: number;
  to: number;
  columns: string;
}

/**
 * The cells a finding used, short enough for a printed table: by page and line, each line with
 * the columns it gave, and lines in a row that gave the same columns as one range —
 * 'p. 31 · 760행 구·군, 761~769행 사업비', 'p. 40 · 1234행 ’24년·’25년·총사업비'. The page is named
 * where it changes. Empty when the finding names no cells.
 */
export function findingCellsText(cells: readonly FindingCell[] | undefined): string {
  if (!cells || cells.length === 0) return '';
  const byLine = new Map<string, { page?: number; line: number; columns: string[] }>();
  for (const cell of cells) {
    const id = `${cell.page ?? ''}|${cell.line}`;
    const entry = byLine.get(id) ?? { page: cell.page, line: cell.line, columns: [] };
    const column = cell.columnLabel?.trim();
    if (column && !entry.columns.includes(column)) entry.columns.push(column);
    byLine.set(id, entry);
  }
  const ordered = [...byLine.values()].sort(
    (a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line,
  );
  const runs: CellRun[] = [];
  for (const entry of ordered) {
    const columns = entry.columns.join('·');
    const last = runs.at(-1);
    if (last && last.page === entry.page && last.columns === columns && last.to === entry.line - 1)
      last.to = entry.line;
    else runs.push({ page: entry.page, from: entry.line, to: entry.line, columns });
  }
  return runs
    .map((run, index) => {
      const page =
        run.page !== undefined && run.page !== runs[index - 1]?.page ? `p. ${run.page} · ` : '';
      const lines = run.from === run.to ? `${run.from}행` : `${run.from}~${run.to}행`;
      return `${page}${lines}${run.columns ? ` ${run.columns}` : ''}`;
    })
    .join(', ');
}
