/**
 * 자료실 › 삭제 and 마지막 가져오기 취소 (after the user confirms): the document goes with its
 * lines, personnel rows, findings, text and original file, in one transaction, and the import log
 * records it; notes stay with their line keys and reappear if the document is imported again.
 * Then the document list and the review reload, and the automatic backup is scheduled.
 */
import type { StoredDocument } from '@data/stored';
import { documentsChanged } from '../after-change';
import { getStore } from '../store';

/** throws StoreError 'not-found' when the document is already gone (the list is reloaded anyway) */
export async function deleteDocument(id: number): Promise<void> {
  try {
    await (await getStore()).deleteDocument(id);
  } finally {
    await documentsChanged();
  }
}

/** removes the most recently imported document; returns it, or undefined when there was none */
export async function undoLastImport(): Promise<StoredDocument | undefined> {
  try {
    return await (await getStore()).undoLastImport();
  } finally {
    await documentsChanged();
  }
}
