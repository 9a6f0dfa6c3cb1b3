import { rowLabel } from '../grid/cells';
import './source.css';
import { useMemo } from 'react';
import type { StoredDocument, StoredFinding } from '@data/stored';
import { useT } from '@i18n/language';
import { RULE_STYLE, SEVERITY_STYLE } from '@components/flag-style';
import { useReviewView } from '@state/review';
import type { GridRow } from '../model/rows';
import { NotesPanel } from '../notes/NotesPanel';
import { DocumentMetaList, documentOf } from './DocumentMetaList';
import { SourceOriginal } from './SourceOriginal';
import { focusOf } from './source-focus';

/**
 * Side panel for the selected row: its findings, the figure in its original (the PDF page, the
 * table or sheet cell, the text around it) and its notes. Choosing a finding marks every figure its
 * check used.
 */
export function SourcePanel({ row, documents }: { row?: GridRow; documents: StoredDocument[] }) {
  const t = useT();
  const focused = useReviewView((state) => state.focusedFinding);
  const focusFinding = useReviewView((state) => state.focusFinding);
  const line = row?.line;
  const finding: StoredFinding | undefined =
    focused && row?.findings.includes(focused) ? focused : undefined;
  // one focus object per line and finding: the page view scrolls to it when (and only when) it changes
  const focus = useMemo(() => (line ? focusOf(line.source, finding) : undefined), [line, finding]);
  if (!row) {
    return (
      <aside className="side-panel is-empty" aria-label={t('review.sourceTab')}>
        <p className="hint">{t('review.nothingSelected')}</p>
      </aside>
    );
  }
  const document = documentOf(documents, line?.documentId);
  const where = (ref: { line: number; page?: number }) =>
    ref.page !== undefined
      ? t('source.findingAtPage', { page: ref.page })
      : t('review.findingAtLine', { line: ref.line });
  return (
    <aside className="side-panel" aria-label={t('review.sourceTab')}>
      <h2>{rowLabel(row, t)}</h2>
      {!line && <p className="hint">{t('review.groupRowHint')}</p>}
      {(row.findings.length > 0 || row.flags.length > 0) && (
        <ul className="finding-messages" aria-label={t('review.findingsLabel')}>
          {row.findings.map((each, index) => (
            <li
              key={`f${index}`}
              className={`${SEVERITY_STYLE[each.severity].className}${each === finding ? ' focused' : ''}`}
            >
              <span aria-hidden="true">{SEVERITY_STYLE[each.severity].symbol}</span>{' '}
              <span className="sr-label">{t(SEVERITY_STYLE[each.severity].label)}: </span>
              {t(each.message)} <span className="hint">{where(each.source)}</span>{' '}
              {line && (
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={each === finding}
                  onClick={() => focusFinding(each === finding ? undefined : each)}
                >
                  {t(each === finding ? 'source.showLine' : 'source.showFinding')}
                </button>
              )}
            </li>
          ))}
          {row.flags.map((flag) => (
            <li key={flag.ruleId} className={RULE_STYLE[flag.kind].className}>
              <span aria-hidden="true">{RULE_STYLE[flag.kind].symbol}</span> {t(flag.message)}
            </li>
          ))}
        </ul>
      )}
      {line && focus && (
        <>
          <h3>
            {focus.primary.page !== undefined && document?.meta.format === 'pdf'
              ? `${t('review.sourceAtLine', { line: focus.primary.line })} · ${t('source.goToPage', { page: focus.primary.page })}`
              : t('review.sourceAtLine', { line: focus.primary.line })}
          </h3>
          <SourceOriginal
            documentId={line.documentId}
            format={document?.meta.format ?? 'text'}
            focus={focus}
          />
          {document && (
            <details className="doc-meta">
              <summary>{t('review.documentDetails')}</summary>
              <DocumentMetaList meta={document.meta} fileName={document.fileName} />
            </details>
          )}
          <NotesPanel documentId={line.documentId} lineKey={line.key} />
        </>
      )}
    </aside>
  );
}
