import './library.css';
import { useEffect } from 'react';
import { EmptyState } from '@components/EmptyState';
import { useT } from '@i18n/language';
import { loadDocumentList } from '@services';
import { useDocumentList } from '@state/documents';
import { ConfirmDialog } from '@components/ConfirmDialog';
import { DocumentsTable } from './DocumentsTable';
import { removalSummary } from './format';
import { ImportPanel } from './import/ImportPanel';
import { useLibraryActions } from './useLibraryActions';

/** 자료실: import at the top, then every stored document with delete and undo. */
export function LibraryPage() {
  const t = useT();
  const { documents, loaded, error } = useDocumentList();
  const actions = useLibraryActions();
  useEffect(() => {
    void loadDocumentList();
  }, []);

  return (
    <div className="library-page">
      <ImportPanel />
      <section className="library-documents" aria-labelledby="library-heading">
        <div className="library-toolbar">
          <h2 id="library-heading">{t({ ko: '자료실', en: 'Library' })}</h2>
          {documents.length > 0 && (
            <button type="button" onClick={() => void actions.askUndo()} disabled={actions.busy}>
              {t({ ko: '마지막 가져오기 취소', en: 'Undo last import' })}
            </button>
          )}
        </div>
        <div role="status" className="library-status">
          {actions.outcome?.tone === 'done' && t(actions.outcome.text)}
        </div>
        {actions.outcome?.tone === 'error' && (
          <p role="alert" className="library-error">
            {t(actions.outcome.text)}
          </p>
        )}
        {error && (
          <p role="alert" className="library-error">
            {t(error)}
          </p>
        )}
        {loaded && documents.length === 0 && !error ? (
          <EmptyState
            title={{ ko: '자료실이 비어 있습니다', en: 'The library is empty' }}
            body={{
              ko: '가져온 업무보고서가 여기에 목록으로 나타납니다. 위에서 보고서 텍스트 파일을 가져오면 문서, 예산 항목 수, 검토 결과가 표시됩니다.',
              en: "Imported work reports are listed here. Import a report's text file above to see its documents, line counts and findings.",
            }}
          />
        ) : (
          <DocumentsTable documents={documents} onDelete={actions.askDelete} />
        )}
      </section>
      {actions.pending && (
        <ConfirmDialog
          title={
            actions.pending.kind === 'delete'
              ? { ko: '문서를 삭제할까요?', en: 'Delete this document?' }
              : { ko: '마지막 가져오기를 취소할까요?', en: 'Undo the last import?' }
          }
          confirmLabel={
            actions.pending.kind === 'delete'
              ? { ko: '삭제', en: 'Delete' }
              : { ko: '가져오기 취소', en: 'Undo import' }
          }
          onConfirm={() => void actions.confirm()}
          onCancel={actions.cancel}
        >
          <p>{t(removalSummary(actions.pending.document))}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
