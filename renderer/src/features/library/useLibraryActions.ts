import { useState } from 'react';
import type { StoredDocument } from '@db/api';
import { getStore } from '@db/connection';
import { toStoreError } from '@db/errors';
import type { Text } from '@i18n/language';
import { refreshDocuments } from '@state/documents';

export type PendingRemoval = { kind: 'delete' | 'undo'; document: StoredDocument };
export type Outcome = { tone: 'done' | 'error'; text: Text };

/** delete and undo with a confirmation step, then the outcome to announce */
export function useLibraryActions() {
  const [pending, setPending] = useState<PendingRemoval | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (error: unknown) =>
    setOutcome({ tone: 'error', text: toStoreError(error).userMessage });

  const askUndo = async () => {
    try {
      const last = await (await getStore()).lastImported();
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
      const store = await getStore();
      if (kind === 'delete') await store.deleteDocument(document.id);
      else await store.undoLastImport();
      await refreshDocuments();
      const title = document.meta.title;
      setOutcome({
        tone: 'done',
        text:
          kind === 'delete'
            ? { ko: `‘${title}’ 문서를 삭제했습니다.`, en: `Deleted ‘${title}’.` }
            : {
                ko: `마지막 가져오기(‘${title}’)를 취소했습니다.`,
                en: `Undid the import of ‘${title}’.`,
              },
      });
    } catch (error) {
      fail(error);
      await refreshDocuments();
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
