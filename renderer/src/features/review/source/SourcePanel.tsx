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
      <aside className="side-panel is-empty" aria-label={t({ ko: '원문 보기', en: 'Source' })}>
        <p className="hint">
          {t({
            ko: '표에서 사업을 선택하면 원문과 검토 의견, 메모가 여기에 나타납니다.',
            en: 'Select a line in the grid to see its source text, findings and notes.',
          })}
        </p>
      </aside>
    );
  }
  const line = row.line;
  const document = documentOf(documents, line?.documentId);
  return (
    <aside className="side-panel" aria-label={t({ ko: '원문 보기', en: 'Source' })}>
      <h2>{row.label}</h2>
      {!line && (
        <p className="hint">
          {t({
            ko: '묶음 행입니다. 합계는 하위 항목을 더한 값입니다. 사업 행을 선택하면 원문이 보입니다.',
            en: 'A group row: its figures are the sum of its children. Select a line to see its source.',
          })}
        </p>
      )}
      {(row.findings.length > 0 || row.flags.length > 0) && (
        <ul className="finding-messages" aria-label={t({ ko: '검토 의견', en: 'Findings' })}>
          {row.findings.map((finding, index) => (
            <li key={`f${index}`} className={SEVERITY_STYLE[finding.severity].className}>
              <span aria-hidden="true">{SEVERITY_STYLE[finding.severity].symbol}</span>{' '}
              <span className="sr-label">{t(SEVERITY_STYLE[finding.severity].label)}: </span>
              {t(finding.message)}{' '}
              <span className="hint">
                ({t({ ko: '원문', en: 'line' })} {finding.source.line}
                {t({ ko: '행', en: '' })})
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
          <h3>
            {t({ ko: '원문', en: 'Source' })} · {line.source.line}
            {t({ ko: '행', en: '' })}
          </h3>
          <SourceView documentId={line.documentId} line={line.source.line} />
          {document && (
            <details className="doc-meta">
              <summary>{t({ ko: '문서 정보', en: 'Document' })}</summary>
              <DocumentMetaList meta={document.meta} fileName={document.fileName} />
            </details>
          )}
          <NotesPanel lineKey={line.key} />
        </>
      )}
    </aside>
  );
}
