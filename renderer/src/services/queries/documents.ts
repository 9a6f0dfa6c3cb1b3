/** Reading documents: the list every page shows, the last import, a document's text. */
import type { StoredDocument } from '@data/stored';
import { useDocumentList } from '@state/documents';
import { failureMessage } from '../errors';
import { getStore } from '../store';

/** (re)loads the document list into state/documents */
export async function loadDocumentList(): Promise<void> {
  try {
    const documents = await (await getStore()).listDocuments();
    useDocumentList.setState({ documents, loaded: true, error: undefined });
  } catch (error) {
    useDocumentList.setState({ loaded: true, error: failureMessage(error) });
  }
}

/** the document 마지막 가져오기 취소 would remove */
export async function lastImported(): Promise<StoredDocument | undefined> {
  return (await getStore()).lastImported();
}

/** the imported file's bytes (PDF, HWP, spreadsheet), for showing the original; undefined for text
 * files and for documents imported or restored before originals were kept */
export async function originalFile(id: number): Promise<Uint8Array | undefined> {
  return (await getStore()).originalFile(id);
}

/** the document's text as the app stores it (one line per line of the source view) */
export async function documentText(id: number): Promise<string | undefined> {
  return (await getStore()).documentText(id);
}
