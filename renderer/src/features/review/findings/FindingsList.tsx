import { useMemo, useState } from 'react';
import type { StoredFinding, StoredLine } from '@data/stored';
import type { Severity } from '@shared/model/report';
import { SEVERITY_STYLE } from '@components/flag-style';
import { useLanguage, useT } from '@i18n/language';
import { useReviewData } from '@state/review-data';
import { useReviewView } from '@state/review';
import { useDocumentList } from '@state/documents';
import { msg } from '@i18n/text';
import { ExportButton, fileDay, XLSX_TYPE } from '../../export/ExportButton';
import { findingsToXlsx } from '../../export/findings-to-xlsx';
import { findingLineLookup } from './finding-line-lookup';

/** A document's findings, worst first; each entry jumps to its line in the grid and the source. */
export function FindingsList({
  onOpen,
}: {
  onOpen(line: StoredLine, finding?: StoredFinding): void;
}) {
  const t = useT();
  const { findings, lines } = useReviewData();
  // the review's one document choice (the toolbar's 문서): all documents' findings when none
  const documentId = useReviewView((state) => state.filters.documentId);
  const documents = useDocumentList((state) => state.documents);
  const [severity, setSeverity] = useState<Severity | ''>('');
  const lineOf = useMemo(() => findingLineLookup(lines), [lines]);
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const shown = useMemo(
    () =>
      findings
        .filter(
          (f) =>
            (documentId === undefined || f.documentId === documentId) &&
            (!severity || f.severity === severity),
        )
        .sort((a, b) => rank[a.severity] - rank[b.severity] || a.source.line - b.source.line),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [findings, documentId, severity],
  );
  return (
    <section className="findings-list" aria-label={t('review.findingsListLabel')}>
      <div className="list-filters">
        <label>
          {t('review.severity')}
          <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity | '')}>
            <option value="">{t('common.all')}</option>
            {(['error', 'warning', 'info'] as const).map((value) => (
              <option key={value} value={value}>
                {t(SEVERITY_STYLE[value].label)}
              </option>
            ))}
          </select>
        </label>
        <ExportButton
          label={msg('export.findingsXlsx')}
          disabled={shown.length === 0}
          make={async () => {
            const { language } = useLanguage.getState();
            const document = documents.find((doc) => doc.id === documentId);
            const title = document ? document.meta.title || document.fileName : '';
            const rows = shown.map((finding) => ({
              ...finding,
              document: title,
              ...(lineOf(finding) ? { project: lineOf(finding)!.project } : {}),
            }));
            return {
              name: `${msg('export.findingsFile')[language]}-${fileDay()}.xlsx`,
              data: await findingsToXlsx(
                rows,
                msg('export.findingsNote', { document: title })[language],
                language,
              ),
              mimeType: XLSX_TYPE,
            };
          }}
        />
      </div>
      {shown.length === 0 ? (
        <p className="hint">{t('review.noFindings')}</p>
      ) : (
        <ul className="jump-list">
          {shown.map((finding, index) => {
            const line = lineOf(finding);
            const style = SEVERITY_STYLE[finding.severity];
            return (
              <li key={index}>
                <button
                  type="button"
                  disabled={!line}
                  onClick={() => line && onOpen(line, finding)}
                >
                  <span
                    className={`flag ${style.className}`}
                    role="img"
                    aria-label={t(style.label)}
                  >
                    {style.symbol}
                  </span>
                  <span className="finding-line">
                    {t('review.lineNumber', { line: finding.source.line })}
                  </span>
                  <span>{t(finding.message)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
