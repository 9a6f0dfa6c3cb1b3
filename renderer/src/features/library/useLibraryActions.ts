import { useState } from 'react';
import type { StoredDocument } from '@data/stored';
import type { LocalizedText } from '@shared/model/localized-text';
import { deleteDocument, failureMessage, lastImported, undoLastImport } from '@services';
import { msg } from '@i18n/text';

export type PendingRemoval = { kind: 'delete' | 'undo'; document: StoredDocument };
export type Outcome = { tone: 'done' | 'error'; text: LocalizedText };

/** delete and undo with a confirmation step, then the outcome to announce */
export function useLibraryActions() {
  const [pending, setPending] = useState<PendingRemoval | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (error: unknown) => setOutcome({ tone: 'error', text: failureMessage(error) });

  const askUndo = async () => {
    try {
      const last = await lastImported();
      if (last) setPending({ kind: 'undo', document: last });
    } catch (error) {
      fail(error);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    const { kind, document } = pending;
    setPending(null);
    setBusy(true);
    try {
      // the command reloads the document list and the review, and schedules the backup
      if (kind === 'delete') await deleteDocument(document.id);
      else await undoLastImport();
      const title = document.meta.title;
      setOutcome({
        tone: 'done',
        text:
          kind === 'delete'
            ? msg('library.deleted', { title })
            : msg('library.undidImport', { title }),
      });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return {
    pending,
    outcome,
    busy,
    askDelete: (document: StoredDocument) => setPending({ kind: 'delete', document }),
    askUndo,
    confirm,
    cancel: () => setPending(null),
  };
}
