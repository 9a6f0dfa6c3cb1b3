import type { Comparison, ComparisonRow, RowStatus } from '@shared/compare/types';
import type { SortSpec } from '@shared/compare/sort-filter';
import { MoneyText, PercentText } from '@components/money/MoneyText';
import { useT, type Text } from '@i18n/language';

export const STATUS_LABEL: Record<RowStatus, Text> = {
  matched: { ko: '일치', en: 'Matched' },
  confirmed: { ko: '확인됨', en: 'Confirmed' },
  'only-before': { ko: '이전에만', en: 'Earlier only' },
  'only-after': { ko: '이후에만', en: 'Later only' },
  single: { ko: '', en: '' },
};

/** rows shown at once; the rest are counted, and narrowing the filter brings them in */
const MAX_ROWS = 1000;

function Figure({ row, id, kind }: { row: ComparisonRow; id: string; kind: string }) {
  const value = row.values[id];
  if (value === null || value === undefined) return <span className="compare-muted">-</span>;
  if (kind === 'rate') return <PercentText value={value} />;
  if (kind === 'count') return <>{value.toLocaleString('ko-KR')}</>;
  return <MoneyText won={value} unit="천원" />;
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
      <p className="compare-unit">{t({ ko: '(단위: 천원)', en: '(unit: ₩1,000)' })}</p>
      <table className="compare-table">
        <thead>
          <tr>
            {head(
              'group',
              departments ? t({ ko: '국', en: 'Bureau' }) : t({ ko: '부서', en: 'Department' }),
            )}
            {head(
              'label',
              departments
                ? t({ ko: '부서', en: 'Department' })
                : t({ ko: '사업명', en: 'Project' }),
            )}
            {comparison.columns.map((column) => head(column.id, t(column.label), true))}
            <th scope="col">{t({ ko: '비고', en: 'Notes' })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((row) => (
            <tr key={row.id} className={row.flags.length > 0 ? 'compare-flagged' : undefined}>
              <td>{row.group}</td>
              <td>{row.label}</td>
              {comparison.columns.map((column) => (
                <td key={column.id} className="num">
                  <Figure row={row} id={column.id} kind={column.kind} />
                </td>
              ))}
              <td>
                {t(STATUS_LABEL[row.status])}
                {row.ruleFlags && row.ruleFlags.length > 0 && (
                  <span
                    className="compare-rule"
                    title={row.ruleFlags.map((flag) => t(flag.message)).join('\n')}
                  >
                    {t({ ko: '기준', en: 'Rule' })}
                  </span>
                )}
                {row.flags.length > 0 && (
                  <span
                    className="compare-flag"
                    title={row.flags.map((flag) => t(flag.message)).join('\n')}
                  >
                    {t({ ko: `지적 ${row.flags.length}`, en: `${row.flags.length} finding(s)` })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && (
        <p className="compare-muted">
          {t({
            ko: `${rows.length.toLocaleString('ko-KR')}행 중 ${MAX_ROWS}행만 표시합니다. 검색으로 좁혀 보세요. 인쇄용 보고서에는 모두 들어갑니다.`,
            en: `Showing ${MAX_ROWS} of ${rows.length} rows; narrow with the filter. The printed report has them all.`,
          })}
        </p>
      )}
    </div>
  );
}
