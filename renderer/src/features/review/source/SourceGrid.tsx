import type { SourceRef } from '@shared/model/source';
import { columnLetter, type GridSlice } from './text-grid';
import type { SourceFocus } from './source-focus';

/** Which cells of the slice to mark: the figure's and those the finding used (by line and column). */
function cellMarks(focus: SourceFocus): Map<string, 'figure' | 'used'> {
  const marks = new Map<string, 'figure' | 'used'>();
  const key = (ref: SourceRef) => `${ref.line}:${ref.col}`;
  for (const ref of focus.used) if (ref.col !== undefined) marks.set(key(ref), 'used');
  if (focus.primary.col !== undefined) marks.set(key(focus.primary), 'figure');
  return marks;
}

/**
 * A small grid of a table or sheet from the stored text: the figure's row highlighted, its cell
 * (where the source names a column) marked, and the cells a finding used marked in another style.
 * `rowName` labels a row (a sheet's row number); `letters` heads the columns A, B, C…
 */
export function SourceGrid({
  slice,
  focus,
  label,
  rowName,
  letters,
}: {
  slice: GridSlice;
  focus: SourceFocus;
  label: string;
  rowName: (line: number) => string;
  letters?: boolean;
}) {
  const marks = cellMarks(focus);
  const usedLines = new Set(focus.used.map((ref) => ref.line));
  return (
    <div className="source-grid-wrap">
      <table className="source-grid" aria-label={label}>
        {letters && (
          <thead>
            <tr>
              <th />
              {Array.from({ length: slice.columns }, (_, col) => (
                <th key={col} scope="col">
                  {columnLetter(col)}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {slice.rows.map((row) => {
            const current = row.line === focus.primary.line;
            const rowClass = current ? 'current-row' : usedLines.has(row.line) ? 'used-row' : '';
            return (
              <tr key={row.line} className={rowClass} aria-current={current ? 'true' : undefined}>
                <th scope="row">{rowName(row.line)}</th>
                {Array.from({ length: slice.columns }, (_, col) => {
                  const mark = marks.get(`${row.line}:${col}`);
                  return (
                    <td key={col} className={mark ? `${mark}-cell` : undefined}>
                      {row.cells[col] ?? ''}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
