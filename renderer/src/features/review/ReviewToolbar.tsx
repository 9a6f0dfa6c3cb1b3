import type { GridApi } from 'ag-grid-community';
import type { StoredDocument, StoredLine } from '@data/stored';
import { ColumnChooser } from './grid/ColumnChooser';
import { useT } from '@i18n/language';
import { useReviewView, type FlagFilter } from '@state/review';
import type { GridRow } from './model/rows';
import { unitName } from '@i18n/unit-name';
import { GRID_UNITS, rememberUnit } from './useReviewSetup';

const FLAG_OPTIONS: { value: FlagFilter; label: { ko: string; en: string } }[] = [
  { value: 'all', label: { ko: '전체', en: 'All' } },
  { value: 'flagged', label: { ko: '표시된 항목 (지적·기준)', en: 'Flagged (findings or rules)' } },
  { value: 'findings', label: { ko: '수치 지적', en: 'Findings' } },
  { value: 'rules', label: { ko: '경고 기준', en: 'Flag rules' } },
  { value: 'notes', label: { ko: '메모 있음', en: 'With notes' } },
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
  const years = [...new Set(lines.map((line) => line.fiscalYear))].sort();
  const departments = [
    ...new Set(lines.map((line) => line.department).filter((d): d is string => !!d)),
  ].sort((a, b) => a.localeCompare(b, 'ko'));
  const all = t({ ko: '전체', en: 'All' });
  const optional = (value: string) => (value === '' ? undefined : value);
  const numberOrNone = (value: string) => (value === '' ? undefined : Number(value));

  return (
    <div
      className="review-toolbar"
      role="toolbar"
      aria-label={t({ ko: '검토 도구', en: 'Review tools' })}
    >
      <label>
        {t({ ko: '문서', en: 'Document' })}
        <select
          value={filters.documentId ?? ''}
          onChange={(e) => setFilters({ documentId: numberOrNone(e.target.value) })}
        >
          <option value="">{all}</option>
          {documents.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {doc.meta.title || doc.fileName}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t({ ko: '회계연도', en: 'Fiscal year' })}
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
        {t({ ko: '부서', en: 'Department' })}
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
        {t({ ko: '표시', en: 'Flag' })}
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
        {t({ ko: '검색', en: 'Search' })}
        <input
          type="search"
          value={filters.search}
          placeholder={t({ ko: '사업명·부서', en: 'Project or department' })}
          title={t({
            ko: '띄어쓰기는 무시합니다: ‘구 분’으로 찾아도 ‘구분’이 나옵니다.',
            en: 'Spaces are ignored: ‘구 분’ also finds ‘구분’.',
          })}
          onChange={(e) => setFilters({ search: e.target.value })}
        />
      </label>
      <label>
        {t({ ko: '단위', en: 'Unit' })}
        <select
          aria-label={t({ ko: '단위', en: 'Unit' })}
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
        {t({ ko: '모두 펼치기', en: 'Expand all' })}
      </button>
      <button type="button" onClick={onCollapseAll}>
        {t({ ko: '모두 접기', en: 'Collapse all' })}
      </button>
      <ColumnChooser api={api} />
    </div>
  );
}
