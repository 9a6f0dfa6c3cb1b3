import type { DocumentFormat } from '@shared/model/report';
import { useT } from '@i18n/language';
import { PdfPageView } from './PdfPageView';
import { SourceGrid } from './SourceGrid';
import { SourceView } from './SourceView';
import type { SourceFocus } from './source-focus';
import { columnLetter, sheetRowsAround, tableAround } from './text-grid';
import { useDocumentLines } from './useDocumentText';
import { usePdfDocument } from './usePdfDocument';

interface Props {
  documentId: number;
  format: DocumentFormat;
  focus: SourceFocus;
}

/**
 * The figure in its original: a PDF's page with the figure highlighted; an HWP/HWPX or text table
 * as a small grid with the cell marked, above the text around the line; a sheet's rows around the
 * cell. Whatever cannot be shown from the original (no stored file, no page position) falls back to
 * the text with one line saying why — never an empty panel.
 */
export function SourceOriginal({ documentId, format, focus }: Props) {
  const t = useT();
  if (format === 'pdf') {
    if (focus.primary.page === undefined)
      return (
        <TextSource
          documentId={documentId}
          format={format}
          focus={focus}
          note={t('source.noPosition')}
        />
      );
    return <PdfSource key={documentId} documentId={documentId} focus={focus} />;
  }
  return <TextSource documentId={documentId} format={format} focus={focus} />;
}

function PdfSource({ documentId, focus }: { documentId: number; focus: SourceFocus }) {
  const t = useT();
  const state = usePdfDocument(documentId);
  if (state.status === 'loading') return <p className="hint">{t('source.loadingOriginal')}</p>;
  if (state.status === 'ready') {
    const { primary, used } = focus;
    const key = `${primary.line}:${primary.page}:${primary.box?.join()}:${used.length}`;
    return (
      <PdfPageView
        key={key}
        pdf={state.pdf}
        focus={focus}
        fallback={<SourceView documentId={documentId} line={primary.line} />}
      />
    );
  }
  const note =
    state.status === 'missing'
      ? t('source.noOriginal')
      : t('source.originalFailed', { error: state.error });
  return <TextSource documentId={documentId} format="pdf" focus={focus} note={note} />;
}

function TextSource({ documentId, format, focus, note }: Props & { note?: string }) {
  const t = useT();
  const { lines } = useDocumentLines(documentId);
  const { primary } = focus;
  const sheet = format === 'csv' || format === 'xlsx';
  return (
    <>
      {note && (
        <p className="hint source-note" role="note">
          {note}
        </p>
      )}
      {lines && sheet && <SheetSource lines={lines} focus={focus} />}
      {lines && !sheet && <TableSource lines={lines} focus={focus} />}
      {!sheet && primary.section !== undefined && primary.paragraph !== undefined && (
        <p className="hint source-place">
          {t('source.hwpPlace', { section: primary.section + 1, paragraph: primary.paragraph + 1 })}
          {primary.table !== undefined && primary.row !== undefined && ` · ${hwpCell(t, primary)}`}
        </p>
      )}
      <SourceView documentId={documentId} line={primary.line} />
    </>
  );
}

function hwpCell(t: ReturnType<typeof useT>, ref: SourceFocus['primary']): string {
  const table = (ref.table ?? 0) + 1;
  const row = (ref.row ?? 0) + 1;
  return ref.col === undefined
    ? t('source.hwpRow', { table, row })
    : t('source.hwpCell', { table, row, col: ref.col + 1 });
}

function TableSource({ lines, focus }: { lines: string[]; focus: SourceFocus }) {
  const t = useT();
  const slice = tableAround(lines, focus.primary.line);
  if (!slice || slice.columns < 2) return null;
  return (
    <SourceGrid
      slice={slice}
      focus={focus}
      label={t('source.tableLabel')}
      rowName={(line) => t('review.lineNumber', { line })}
    />
  );
}

function SheetSource({ lines, focus }: { lines: string[]; focus: SourceFocus }) {
  const t = useT();
  const { primary } = focus;
  const slice = sheetRowsAround(lines, primary.line, primary.row);
  if (!slice) return null;
  // a sheet's row r is printed as row r + 1 (its first row is the sheet's row 1)
  const rowName = (line: number) =>
    primary.row !== undefined ? String(primary.row + 1 + line - primary.line) : String(line);
  const cell =
    primary.row !== undefined && primary.col !== undefined
      ? `${columnLetter(primary.col)}${primary.row + 1}`
      : undefined;
  return (
    <>
      <p className="source-place">
        {primary.sheet && <strong>{t('source.sheetLabel', { sheet: primary.sheet })}</strong>}
        {cell && ` · ${t('source.sheetCell', { cell })}`}
      </p>
      <SourceGrid
        slice={slice}
        focus={focus}
        label={primary.sheet ?? t('source.tableLabel')}
        rowName={rowName}
        letters
      />
    </>
  );
}
