import { useMemo, useState } from 'react';
import { filterRows, sortRows, type RowFilter, type SortSpec } from '@shared/compare/sort-filter';
import type { ComparisonKind } from '@shared/compare/types';
import { summarizeComparison } from '@shared/print/summary';
import { EmptyState } from '@components/EmptyState';
import { useLanguage, useT } from '@i18n/language';
import { ComparisonChart } from './ComparisonChart';
import { CompareControls } from './CompareControls';
import { CompareFilters } from './CompareFilters';
import { CompareTable } from './CompareTable';
import { choiceToQuery, type CompareChoice } from './compare-query';
import { defaultChoice } from './default-choice';
import { MatchSuggestions } from './MatchSuggestions';
import { useComparison, useDocuments } from './useComparison';
import './compare.css';

const DEFAULT_SORT: SortSpec = { column: 'difference', direction: 'desc' };

/** 비교: choose a comparison and documents, read the table and chart, print a report. */
export function ComparePage() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const { documents, error } = useDocuments();
  const [chosen, setChosen] = useState<CompareChoice | null>(null);
  const choice =
    chosen ??
    (documents && documents.length > 0 ? defaultChoice('year-over-year', documents) : null);
  const { state, comparison, decide } = useComparison(choice);
  const [filter, setFilter] = useState<RowFilter>({});
  const [sort, setSort] = useState<SortSpec>(DEFAULT_SORT);
  const rows = useMemo(
    () => (comparison ? sortRows(filterRows(comparison.rows, filter), sort) : []),
    [comparison, filter, sort],
  );

  if (error)
    return (
      <EmptyState
        title={{ ko: '자료를 읽지 못했습니다', en: 'Could not read the library' }}
        body={error}
      />
    );
  if (!documents) return <p aria-busy="true">{t({ ko: '불러오는 중…', en: 'Loading…' })}</p>;
  if (documents.length === 0 || !choice)
    return (
      <EmptyState
        title={{ ko: '비교할 자료가 없습니다', en: 'Nothing to compare yet' }}
        body={{
          ko: '연도별, 계획 대비 실적, 부서별 비교는 자료실에서 보고서를 가져오면 여기에서 만들 수 있습니다.',
          en: 'Year-over-year, plan-versus-results and department comparisons appear here once reports are imported in the Library.',
        }}
      >
        <a href="#/library">{t({ ko: '자료실로 가기', en: 'Go to the Library' })}</a>
      </EmptyState>
    );

  const onKind = (kind: ComparisonKind) => {
    setChosen(defaultChoice(kind, documents));
    setSort(kind === 'departments' ? { column: 'budget', direction: 'desc' } : DEFAULT_SORT);
  };
  const summary = comparison ? t(summarizeComparison(comparison)) : '';
  return (
    <div className="compare-page">
      <div className="compare-header">
        <h2>{t({ ko: '비교', en: 'Compare' })}</h2>
        <button
          type="button"
          className="compare-print"
          disabled={!comparison}
          onClick={() => {
            window.location.hash = `#/print/compare?${choiceToQuery(choice)}`;
          }}
        >
          {t({ ko: '인쇄용 보고서', en: 'Printable report' })}
        </button>
      </div>
      <CompareControls documents={documents} choice={choice} onKind={onKind} onChange={setChosen} />
      {state.status === 'error' && (
        <p role="alert" className="compare-error">
          {state.message}
        </p>
      )}
      {state.status === 'loading' && (
        <p aria-busy="true">{t({ ko: '계산하는 중…', en: 'Computing…' })}</p>
      )}
      {comparison && (
        <>
          <p className="compare-summary">{summary}</p>
          <MatchSuggestions suggestions={comparison.suggestions} onDecide={(d) => void decide(d)} />
          <div className="compare-body">
            <section className="compare-chart-panel" aria-label={t({ ko: '차트', en: 'Chart' })}>
              <ComparisonChart
                comparison={comparison}
                label={t({ ko: '주요 증감 차트', en: 'Largest changes chart' })}
                language={language}
              />
            </section>
            <CompareFilters
              filter={filter}
              onChange={setFilter}
              withStatuses={comparison.kind !== 'departments'}
            />
            <CompareTable comparison={comparison} rows={rows} sort={sort} onSort={setSort} />
          </div>
        </>
      )}
    </div>
  );
}
