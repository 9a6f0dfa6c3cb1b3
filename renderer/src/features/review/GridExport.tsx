import type { GridApi } from 'ag-grid-community';
import type { StoredDocument } from '@data/stored';
import type { MoneyUnit } from '@shared/money';
import { useReviewView, type ReviewFilters } from '@state/review';
import { useLanguage, type Language } from '@i18n/language';
import { msg } from '@i18n/text';
import { ExportButton, CSV_TYPE, fileDay, XLSX_TYPE } from '../export/ExportButton';
import { gridToExportView } from '../export/from-grid';
import { viewToCsv } from '../export/view-to-csv';
import { viewToXlsx } from '../export/view-to-xlsx';
import { ALL_COLUMNS, columnById, type ReviewColumn } from './grid/column-catalog';
import type { GridRow } from './model/rows';

interface Props {
  documents: readonly StoredDocument[];
  rows: readonly GridRow[];
  totals: readonly GridRow[];
  defaultVisible: ReadonlySet<string>;
  api?: GridApi<GridRow>;
}

/** The grid's visible columns in display order (the label first), as ag-grid shows them now. */
function visibleColumns(api: GridApi<GridRow> | undefined, fallback: ReadonlySet<string>) {
  const shown = api
    ? api
        .getAllDisplayedColumns()
        .map((column) => columnById(column.getColId()))
        .filter((column): column is ReviewColumn => column !== undefined)
    : ALL_COLUMNS.filter((column) => fallback.has(column.id));
  const label = shown.find((column) => column.id === 'label') ?? ALL_COLUMNS[0]!;
  return [label, ...shown.filter((column) => column !== label)];
}

/** What the filters keep, stated in the exported file (in the language of the file's headers). */
function filterNote(
  filters: ReviewFilters,
  documents: readonly StoredDocument[],
  language: Language,
): string {
  const parts: string[] = [];
  const document = documents.find((doc) => doc.id === filters.documentId);
  if (document)
    parts.push(
      msg('export.filterDocument', { value: document.meta.title || document.fileName })[language],
    );
  if (filters.fiscalYear !== undefined)
    parts.push(msg('export.filterYear', { value: filters.fiscalYear })[language]);
  if (filters.department)
    parts.push(msg('export.filterDepartment', { value: filters.department })[language]);
  if (filters.flag !== 'all')
    parts.push(msg('export.filterFlag', { value: filters.flag })[language]);
  if (filters.search) parts.push(msg('export.filterSearch', { value: filters.search })[language]);
  return parts.join(' · ');
}

/** 엑셀로 / CSV로 내보내기: the review grid exactly as it is shown, in the chosen unit. */
export function GridExport({ documents, rows, totals, defaultVisible, api }: Props) {
  const view = () => {
    const { filters, unit } = useReviewView.getState();
    const { language } = useLanguage.getState();
    const shownDocuments = documents.filter(
      (doc) => filters.documentId === undefined || doc.id === filters.documentId,
    );
    const filterText = filterNote(filters, documents, language);
    return gridToExportView({
      rows,
      ...(totals.length === 1 ? { total: totals[0] } : {}),
      columns: visibleColumns(api, defaultVisible),
      unit: unit as MoneyUnit,
      title: msg('export.gridTitle')[language],
      ...(filterText ? { filters: filterText } : {}),
      sources: shownDocuments.map((doc) => doc.meta.title || doc.fileName),
      exportedAt: new Date().toISOString(),
      language,
    });
  };
  const baseName = `${msg('export.gridFile').ko}-${fileDay()}`;
  return (
    <span className="export-buttons">
      <ExportButton
        label={msg('export.xlsx')}
        disabled={rows.length === 0}
        make={async () => ({
          name: `${baseName}.xlsx`,
          data: await viewToXlsx(view()),
          mimeType: XLSX_TYPE,
        })}
      />
      <ExportButton
        label={msg('export.csv')}
        disabled={rows.length === 0}
        make={async () => ({
          name: `${baseName}.csv`,
          data: viewToCsv(view()),
          mimeType: CSV_TYPE,
        })}
      />
    </span>
  );
}
