import { pageLabel } from '@shared/print/paginate';
import type { PrintTable } from './print-spec';

function cellClass(table: PrintTable, index: number): string | undefined {
  const classes = [
    table.columns[index]?.numeric ? 'num' : '',
    index === (table.flagColumn ?? 0) ? 'print-flag-cell' : '',
  ].filter(Boolean);
  return classes.length > 0 ? classes.join(' ') : undefined;
}

/**
 * A table, or the rows [from, to) of it on one page. The unit line and the column heads are
 * printed with every fragment; the totals row only with the last.
 */
export function PrintTableView({
  table,
  from = 0,
  to = table.rows.length,
  withFoot = true,
  continued = false,
  pageOf,
}: {
  table: PrintTable;
  from?: number;
  to?: number;
  withFoot?: boolean;
  continued?: boolean;
  pageOf?: (id: string) => number | undefined;
}) {
  const variant = table.variant ?? 'grid';
  if (table.rows.length === 0 && table.empty)
    return <p className="print-paragraph print-muted">{table.empty}</p>;
  return (
    <div className={`print-table-wrap print-table-${variant}`}>
      {table.unit && (
        <div className="print-unit">
          {continued && <span className="print-continued">(계속)</span>}
          <span>{table.unit}</span>
        </div>
      )}
      <table className="print-table">
        <colgroup>
          {table.columns.map((column, index) => (
            <col key={index} style={{ width: `${column.width}%` }} />
          ))}
        </colgroup>
        {variant === 'grid' && (
          <thead>
            <tr>
              {table.columns.map((column, index) => (
                <th key={index} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {table.rows.slice(from, to).map((row, index) => (
            <tr key={from + index} className={row.flagged ? 'print-flagged' : undefined}>
              {row.cells.map((cell, cellIndex) => {
                const last = cellIndex === row.cells.length - 1;
                const page = last && row.pageRef ? pageOf?.(row.pageRef) : undefined;
                return (
                  <td key={cellIndex} className={cellClass(table, cellIndex)}>
                    {row.pageRef && last ? (page ? pageLabel(page) : '- 000 -') : cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {table.foot && withFoot && (
          <tfoot>
            <tr>
              {table.foot.map((cell, index) => (
                <td key={index} className={table.columns[index]?.numeric ? 'num' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
