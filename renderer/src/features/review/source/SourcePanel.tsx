import type { StoredDocument } from '@data/stored';
import { useT } from '@i18n/language';
import { RULE_STYLE, SEVERITY_STYLE } from '@components/flag-style';
import type { GridRow } from '../model/rows';
import { NotesPanel } from '../notes/NotesPanel';
import { DocumentMetaList, documentOf } from './DocumentMetaList';
import { SourceView } from './SourceView';

/** Side panel for the selected row: its findings, the source text around it, and its notes. */
export function SourcePanel({ row, documents }: { row?: GridRow; documents: StoredDocument[] }) {
  const t = useT();
  if (!row) {
    return (
      <aside className="side-panel is-empty" aria-label={t('review.sourceTab')}>
        <p className="hint">{t('review.nothingSelected')}</p>
      </aside>
    );
  }
  const line = row.line;
  const document = documentOf(documents, line?.documentId);
  return (
    <aside className="side-panel" aria-label={t('review.sourceTab')}>
      <h2>{row.label}</h2>
      {!line && <p className="hint">{t('review.groupRowHint')}</p>}
      {(row.findings.length > 0 || row.flags.length > 0) && (
        <ul className="finding-messages" aria-label={t('review.findingsLabel')}>
          {row.findings.map((finding, index) => (
            <li key={`f${index}`} className={SEVERITY_STYLE[finding.severity].className}>
              <span aria-hidden="true">{SEVERITY_STYLE[finding.severity].symbol}</span>{' '}
              <span className="sr-label">{t(SEVERITY_STYLE[finding.severity].label)}: </span>
              {t(finding.message)}{' '}
              <span className="hint">
                {t('review.findingAtLine', { line: finding.source.line })}
              </span>
            </li>
          ))}
          {row.flags.map((flag) => (
            <li key={flag.ruleId} className={RULE_STYLE[flag.kind].className}>
              <span aria-hidden="true">{RULE_STYLE[flag.kind].symbol}</span> {t(flag.message)}
            </li>
          ))}
        </ul>
      )}
      {line && (
        <>
          <h3>{t('review.sourceAtLine', { line: line.source.line })}</h3>
          <SourceView documentId={line.documentId} line={line.source.line} />
          {document && (
            <details className="doc-meta">
              <summary>{t('review.documentDetails')}</summary>
              <DocumentMetaList meta={document.meta} fileName={document.fileName} />
            </details>
          )}
          <NotesPanel lineKey={line.key} />
        </>
      )}
    </aside>
  );
}
