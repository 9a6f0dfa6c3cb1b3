import type { Comparison, ComparisonRow, RowStatus } from '@shared/compare/types';
import type { SortSpec } from '@shared/compare/sort-filter';
import { rowConclusionLabel } from '@shared/compare/conclusion';
import { departmentRowLabel } from '@shared/compare/departments';
import { formatComparisonValue } from '@shared/compare/format';
import { useT } from '@i18n/language';
import type { LocalizedText } from '@shared/model/localized-text';
import { msg } from '@i18n/text';

export const STATUS_LABEL: Record<Exclude<RowStatus, 'single'>, LocalizedText> = {
  matched: msg('compare.matched'),
  confirmed: msg('compare.confirmed'),
  'only-before': msg('compare.earlierOnly'),
  'only-after': msg('compare.laterOnly'),
};

/** What a row's status cell says: its conclusion where it has one (종료 only with evidence). */
function rowStatusText(row: ComparisonRow, t: (text: LocalizedText) => string): string {
  const conclusion = rowConclusionLabel(row);
  if (conclusion) return t(conclusion);
  return row.status === 'single' ? '' : t(STATUS_LABEL[row.status]);
}

/** rows shown at once; the rest are counted, and narrowing the filter brings them in */
const MAX_ROWS = 1000;

function Figure({ row, id, kind }: { row: ComparisonRow; id: string; kind: string }) {
  const value = row.values[id];
  if (value === null || value === undefined) return <span className="compare-muted">-</span>;
  if (kind === 'count') return <>{value.toLocaleString('ko-KR')}</>;
  // △ for decreases, as the summary, the print and the documents write them
  const text = formatComparisonValue(value, kind === 'rate' ? 'rate' : 'money');
  return <span className={value < 0 ? 'money negative' : 'money'}>{text}</span>;
}

/** The comparison's rows with sortable column heads (click again to reverse). */
export function CompareTable({
  comparison,
  rows,
  sort,
  onSort,
}: {
  comparison: Comparison;
  rows: readonly ComparisonRow[];
  sort: SortSpec;
  onSort(sort: SortSpec): void;
}) {
  const t = useT();
  const departments = comparison.kind === 'departments';
  const head = (column: string, label: string, numeric = false) => {
    const active = sort.column === column;
    const next: SortSpec = {
      column,
      direction: active && sort.direction === 'desc' ? 'asc' : 'desc',
    };
    return (
      <th
        key={column}
        scope="col"
        className={numeric ? 'num' : undefined}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button type="button" onClick={() => onSort(next)}>
          {label}
          {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };
  return (
    <div className="compare-table-wrap">
      <p className="compare-unit">{t('compare.unitThousandWon')}</p>
      <table className="compare-table">
        <thead>
          <tr>
            {head('group', departments ? t('compare.bureau') : t('common.department'))}
            {head('label', departments ? t('common.department') : t('compare.project'))}
            {comparison.columns.map((column) => head(column.id, t(column.label), true))}
            <th scope="col">{t('compare.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((row) => (
            <tr key={row.id} className={row.flags.length > 0 ? 'compare-flagged' : undefined}>
              <td>{row.group}</td>
              <td>{departments ? t(departmentRowLabel(row.label)) : row.label}</td>
              {comparison.columns.map((column) => (
                <td key={column.id} className="num">
                  <Figure row={row} id={column.id} kind={column.kind} />
                </td>
              ))}
              <td>
                {rowStatusText(row, t)}
                {row.ruleFlags && row.ruleFlags.length > 0 && (
                  <span
                    className="compare-rule"
                    title={row.ruleFlags.map((flag) => t(flag.message)).join('\n')}
                  >
                    {t('compare.rule')}
                  </span>
                )}
                {row.flags.length > 0 && (
                  <span
                    className="compare-flag"
                    title={row.flags.map((flag) => t(flag.message)).join('\n')}
                  >
                    {t('compare.findingCount', { flagsCount: row.flags.length })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && (
        <p className="compare-muted">
          {t('compare.showingFirstRows', {
            total: rows.length.toLocaleString('ko-KR'),
            shown: MAX_ROWS,
          })}
        </p>
      )}
    </div>
  );
}
