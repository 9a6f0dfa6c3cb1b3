import type { StoredDocument } from '@data/stored';
import { useT } from '@i18n/language';
import { KIND_LABEL, count, fiscalYearsLabel, importedAtLabel } from './format';
import { councilAndSession } from '@i18n/council-session';

function FindingCounts({ counts }: { counts: StoredDocument['findingCounts'] }) {
  const t = useT();
  const parts = [
    { key: 'error', n: counts.error, label: { ko: '오류', en: 'errors' } },
    { key: 'warning', n: counts.warning, label: { ko: '경고', en: 'warnings' } },
    { key: 'info', n: counts.info, label: { ko: '참고', en: 'info' } },
  ] as const;
  return (
    <span className="finding-counts">
      {parts.map((part) => (
        <span key={part.key} className={`severity-${part.key}${part.n === 0 ? ' zero' : ''}`}>
          {t(part.label)} {count(part.n)}
        </span>
      ))}
    </span>
  );
}

export function DocumentsTable({
  documents,
  onDelete,
}: {
  documents: readonly StoredDocument[];
  onDelete(document: StoredDocument): void;
}) {
  const t = useT();
  return (
    <table className="documents-table">
      <caption>{t({ ko: '가져온 문서', en: 'Imported documents' })}</caption>
      <thead>
        <tr>
          <th scope="col">{t({ ko: '제목', en: 'Title' })}</th>
          <th scope="col">{t({ ko: '종류', en: 'Kind' })}</th>
          <th scope="col">{t({ ko: '의회 · 회기', en: 'Council · session' })}</th>
          <th scope="col">{t({ ko: '일자', en: 'Date' })}</th>
          <th scope="col">{t({ ko: '회계연도', en: 'Fiscal years' })}</th>
          <th scope="col" className="number">
            {t({ ko: '예산 항목', en: 'Lines' })}
          </th>
          <th scope="col">{t({ ko: '검토 결과', en: 'Findings' })}</th>
          <th scope="col">{t({ ko: '가져온 시각', en: 'Imported' })}</th>
          <th scope="col">
            <span className="visually-hidden">{t({ ko: '작업', en: 'Actions' })}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((doc) => (
          <tr key={doc.id}>
            <th scope="row">
              <span className="doc-title">{doc.meta.title}</span>
              <span className="doc-file">{doc.fileName}</span>
            </th>
            <td>
              <span className={`kind kind-${doc.meta.kind}`}>{t(KIND_LABEL[doc.meta.kind])}</span>
            </td>
            <td>{councilAndSession(doc.meta.council, doc.meta.session) || '—'}</td>
            <td>{doc.meta.date ?? '—'}</td>
            <td>{fiscalYearsLabel(doc.meta.fiscalYears)}</td>
            <td className="number">{count(doc.lineCount)}</td>
            <td>
              <FindingCounts counts={doc.findingCounts} />
            </td>
            <td>{importedAtLabel(doc.importedAt)}</td>
            <td>
              <button
                type="button"
                className="danger small"
                aria-label={t({ ko: `‘${doc.meta.title}’ 삭제`, en: `Delete ‘${doc.meta.title}’` })}
                onClick={() => onDelete(doc)}
              >
                {t({ ko: '삭제', en: 'Delete' })}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
