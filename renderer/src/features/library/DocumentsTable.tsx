import type { StoredDocument } from '@data/stored';
import { useT } from '@i18n/language';
import { KIND_LABEL, count, fiscalYearsLabel, importedAtLabel } from './format';
import { councilAndSession } from '@i18n/council-session';
import { msg } from '@i18n/text';
import { documentName } from '@shared/documents';

function FindingCounts({ counts }: { counts: StoredDocument['findingCounts'] }) {
  const t = useT();
  const parts = [
    { key: 'error', n: counts.error, label: msg('library.errorCount') },
    { key: 'warning', n: counts.warning, label: msg('library.warningCount') },
    { key: 'info', n: counts.info, label: msg('library.infoCount') },
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
      <caption>{t('library.importedDocuments')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.title')}</th>
          <th scope="col">{t('common.kind')}</th>
          <th scope="col">{t('library.councilSession')}</th>
          <th scope="col">{t('common.date')}</th>
          <th scope="col">{t('common.fiscalYears')}</th>
          <th scope="col" className="number">
            {t('library.lines')}
          </th>
          <th scope="col">{t('library.findings')}</th>
          <th scope="col">{t('library.imported')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('library.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((doc) => {
          const { offices } = documentName(doc.meta);
          return (
            <tr key={doc.id}>
              <th scope="row" title={doc.fileName}>
                {/* who issued it, so documents titled alike (주요 업무계획) tell apart */}
                {offices.length > 0 && <span className="doc-offices">{offices.join(' › ')}</span>}
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
                  aria-label={t('library.deleteNamed', { title: doc.meta.title })}
                  onClick={() => onDelete(doc)}
                >
                  {t('common.delete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
