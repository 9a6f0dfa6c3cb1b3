import type { GridApi } from 'ag-grid-community';
import type { StoredDocument, StoredLine } from '@data/stored';
import { ColumnChooser } from './grid/ColumnChooser';
import { useT } from '@i18n/language';
import { useReviewView, type FlagFilter } from '@state/review';
import type { GridRow } from './model/rows';
import { unitName } from '@i18n/unit-name';
import { GRID_UNITS, rememberUnit } from './useReviewSetup';
import { msg } from '@i18n/text';
import { DocumentOptions } from '@components/DocumentOptions';
import { showDocument } from '@services';
import type { LocalizedText } from '@shared/model/localized-text';

const FLAG_OPTIONS: { value: FlagFilter; label: LocalizedText }[] = [
  { value: 'all', label: msg('common.all') },
  { value: 'flagged', label: msg('review.filterFlagged') },
  { value: 'findings', label: msg('review.filterFindings') },
  { value: 'rules', label: msg('common.flagRules') },
  { value: 'notes', label: msg('review.filterNotes') },
];

interface ToolbarProps {
  documents: StoredDocument[];
  lines: StoredLine[];
  api?: GridApi<GridRow>;
  onExpandAll(): void;
  onCollapseAll(): void;
}

/** Filters, quick search, unit switch and column chooser above the grid. */
export function ReviewToolbar({ documents, lines, api, onExpandAll, onCollapseAll }: ToolbarProps) {
  const t = useT();
  const { filters, setFilters, unit } = useReviewView();
  // the years and departments of the document in view, not of every stored document
  const inView = lines.filter(
    (line) => filters.documentId === undefined || line.documentId === filters.documentId,
  );
  const years = [...new Set(inView.map((line) => line.fiscalYear))].sort();
  const departments = [
    ...new Set(inView.map((line) => line.department).filter((d): d is string => !!d)),
  ].sort((a, b) => a.localeCompare(b, 'ko'));
  const all = t('common.all');
  const optional = (value: string) => (value === '' ? undefined : value);
  const numberOrNone = (value: string) => (value === '' ? undefined : Number(value));

  return (
    <div className="review-toolbar" role="toolbar" aria-label={t('review.reviewTools')}>
      <label className="review-document">
        {t('common.document')}
        <select
          className="review-document-choice"
          value={filters.documentId ?? ''}
          title={documents.find((doc) => doc.id === filters.documentId)?.fileName}
          onChange={(e) => void showDocument(numberOrNone(e.target.value))}
        >
          <option value="">{t('review.allDocuments')}</option>
          <DocumentOptions documents={documents} />
        </select>
      </label>
      <label>
        {t('common.fiscalYear')}
        <select
          value={filters.fiscalYear ?? ''}
          onChange={(e) => setFilters({ fiscalYear: numberOrNone(e.target.value) })}
        >
          <option value="">{all}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('common.department')}
        <select
          value={filters.department ?? ''}
          onChange={(e) => setFilters({ department: optional(e.target.value) })}
        >
          <option value="">{all}</option>
          {departments.map((department) => (
            <option key={department} value={department}>
              {department}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('review.flag')}
        <select
          value={filters.flag}
          onChange={(e) => setFilters({ flag: e.target.value as FlagFilter })}
        >
          {FLAG_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      </label>
      <label className="search">
        {t('common.search')}
        <input
          type="search"
          value={filters.search}
          placeholder={t('review.projectDepartment')}
          title={t('review.searchHint')}
          onChange={(e) => setFilters({ search: e.target.value })}
        />
      </label>
      <label>
        {t('review.unit')}
        <select
          aria-label={t('review.unit')}
          value={unit}
          onChange={(e) => rememberUnit(e.target.value as (typeof GRID_UNITS)[number])}
        >
          {GRID_UNITS.map((option) => (
            <option key={option} value={option}>
              {t(unitName(option))}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onExpandAll}>
        {t('review.expandAll')}
      </button>
      <button type="button" onClick={onCollapseAll}>
        {t('review.collapseAll')}
      </button>
      <ColumnChooser api={api} />
    </div>
  );
}
