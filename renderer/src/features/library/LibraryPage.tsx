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
import { msg } from '@i18n/text';

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
          <h2 id="library-heading">{t('common.library')}</h2>
          {documents.length > 0 && (
            <button type="button" onClick={() => void actions.askUndo()} disabled={actions.busy}>
              {t('library.undoLastImport')}
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
          <EmptyState title={msg('library.emptyTitle')} body={msg('library.emptyBody')} />
        ) : (
          <DocumentsTable documents={documents} onDelete={actions.askDelete} />
        )}
      </section>
      {actions.pending && (
        <ConfirmDialog
          title={
            actions.pending.kind === 'delete'
              ? msg('library.deleteQuestion')
              : msg('library.undoLastImportQuestion')
          }
          confirmLabel={
            actions.pending.kind === 'delete' ? msg('common.delete') : msg('library.undoImport')
          }
          // "취소" beside "가져오기 취소" would read as two ways to undo
          cancelLabel={actions.pending.kind === 'undo' ? msg('library.keepImport') : undefined}
          onConfirm={() => void actions.confirm()}
          onCancel={actions.cancel}
        >
          <p>{t(removalSummary(actions.pending.document))}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
