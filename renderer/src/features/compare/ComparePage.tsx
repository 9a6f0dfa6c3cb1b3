import { useMemo, useState } from 'react';
import { filterRows, sortRows, type RowFilter, type SortSpec } from '@shared/compare/sort-filter';
import type { ComparisonKind } from '@shared/compare/types';
import { comparisonEvidenceText } from '@shared/compare/evidence-text';
import { summarizeComparison } from '@shared/print/summary';
import type { LocalizedText } from '@shared/model/localized-text';
import { useReviewView } from '@state/review';
import { EmptyState } from '@components/EmptyState';
import { useLanguage, useT } from '@i18n/language';
import { ComparisonChart } from './ComparisonChart';
import { chartSeries } from './chart-data';
import { CompareControls } from './CompareControls';
import { CompareFilters } from './CompareFilters';
import { CompareTable } from './CompareTable';
import { choiceToQuery, type CompareChoice } from './compare-query';
import { choiceComplete, defaultChoice } from './default-choice';
import { MatchSuggestions } from './MatchSuggestions';
import { useComparison, useDocuments } from './useComparison';
import './compare.css';
import { msg } from '@i18n/text';

const DEFAULT_SORT: SortSpec = { column: 'difference', direction: 'desc' };

/** 비교: choose a comparison and documents, read the table and chart, print a report. */
export function ComparePage() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const { documents, error } = useDocuments();
  const inView = useReviewView((state) => state.filters.documentId);
  const [chosen, setChosen] = useState<CompareChoice | null>(null);
  const [reason, setReason] = useState<LocalizedText | undefined>();
  const proposed =
    !chosen && documents && documents.length > 0
      ? defaultChoice('year-over-year', documents, inView)
      : undefined;
  const choice = chosen ?? proposed?.choice ?? null;
  const shownReason = chosen ? reason : proposed?.reason;
  const { state, comparison, decide } = useComparison(
    choice && choiceComplete(choice) ? choice : null,
  );
  const [filter, setFilter] = useState<RowFilter>({});
  const [sort, setSort] = useState<SortSpec>(DEFAULT_SORT);
  const rows = useMemo(
    () => (comparison ? sortRows(filterRows(comparison.rows, filter), sort) : []),
    [comparison, filter, sort],
  );

  if (error) return <EmptyState title={msg('compare.readFailed')} body={error} />;
  if (!documents) return <p aria-busy="true">{t('common.loading')}</p>;
  if (documents.length === 0 || !choice)
    return (
      <EmptyState title={msg('compare.emptyTitle')} body={msg('compare.emptyBody')}>
        <a href="#/library">{t('common.goLibrary')}</a>
      </EmptyState>
    );

  const onKind = (kind: ComparisonKind) => {
    const next = defaultChoice(kind, documents, inView);
    setChosen(next.choice);
    setReason(next.reason);
    setSort(kind === 'departments' ? { column: 'budget', direction: 'desc' } : DEFAULT_SORT);
  };
  const onChange = (next: CompareChoice) => {
    setChosen(next);
    setReason(undefined); // the user's own choice: the proposal's reason no longer applies
  };
  const summary = comparison ? t(summarizeComparison(comparison)) : '';
  const evidence = comparison ? comparisonEvidenceText(comparison) : undefined;
  // 부서별 keeps the year it shows as the choice, so the picker names it and print uses it
  const shownChoice =
    choice.kind === 'departments' && comparison?.kind === 'departments'
      ? { ...choice, afterYear: choice.afterYear ?? comparison.years?.after }
      : choice;
  return (
    <div className="compare-page">
      <div className="compare-header">
        <h2>{t('common.compare')}</h2>
        <button
          type="button"
          className="compare-print"
          disabled={!comparison}
          onClick={() => {
            window.location.hash = `#/print/compare?${choiceToQuery(shownChoice)}`;
          }}
        >
          {t('compare.printableReport')}
        </button>
      </div>
      <CompareControls
        documents={documents}
        choice={shownChoice}
        departmentYears={comparison?.kind === 'departments' ? comparison.fiscalYears : undefined}
        onKind={onKind}
        onChange={onChange}
      />
      {shownReason && (
        <p className="compare-proposal" aria-label={t('compare.proposed')}>
          {t(shownReason)}
        </p>
      )}
      {state.status === 'error' && (
        <p role="alert" className="compare-error">
          {state.message}
        </p>
      )}
      {state.status === 'loading' && <p aria-busy="true">{t('compare.computing')}</p>}
      {comparison && (
        <>
          <p className="compare-summary">{summary}</p>
          {evidence && (
            <p className="compare-evidence" aria-label={t('compare.evidence')}>
              {t(evidence)}
            </p>
          )}
          <MatchSuggestions suggestions={comparison.suggestions} onDecide={(d) => void decide(d)} />
          <div className="compare-body">
            <section className="compare-chart-panel" aria-label={t('compare.chart')}>
              {chartSeries(comparison).labels.length > 0 ? (
                <ComparisonChart
                  comparison={comparison}
                  label={t('compare.largestChangesChart')}
                  language={language}
                />
              ) : (
                <p className="hint">{t('compare.nothingToChart')}</p>
              )}
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
