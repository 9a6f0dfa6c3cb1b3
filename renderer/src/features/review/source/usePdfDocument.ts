import { useEffect, useState } from 'react';
import { originalFile } from '@services';
import { openPdf, type RenderablePdf } from '../../../pdf/rendering';

interface Entry {
  /** undefined: the document has no stored original */
  promise: Promise<RenderablePdf | undefined>;
  users: number;
}

/**
 * Opened PDFs by document id, shared by whoever shows them and destroyed when the last one lets
 * go (the source panel closes, or shows another document): a document is parsed once while it is
 * on screen, and a closed panel holds no pdfjs memory.
 */
const open = new Map<number, Entry>();

function acquire(documentId: number): Promise<RenderablePdf | undefined> {
  let entry = open.get(documentId);
  if (!entry) {
    const promise = originalFile(documentId).then((bytes) =>
      bytes && bytes.length > 0 ? openPdf(bytes) : undefined,
    );
    entry = { promise, users: 0 };
    open.set(documentId, entry);
    // a failed open is not kept: the next look tries again
    promise.catch(() => open.delete(documentId));
  }
  entry.users++;
  return entry.promise;
}

function release(documentId: number): void {
  const entry = open.get(documentId);
  if (!entry) return;
  entry.users--;
  if (entry.users > 0) return;
  open.delete(documentId);
  entry.promise.then((pdf) => pdf?.destroy()).catch(() => undefined);
}

/** how many PDFs are open for showing (the tests check that a closed panel releases its own) */
export function openPdfCount(): number {
  return open.size;
}

export type PdfState =
  | { status: 'loading' }
  | { status: 'ready'; pdf: RenderablePdf }
  | { status: 'missing' }
  | { status: 'error'; error: string };

/** the document's original PDF, opened while the calling component is mounted */
export function usePdfDocument(documentId: number): PdfState {
  const [state, setState] = useState<{ id: number; value: PdfState }>();
  useEffect(() => {
    let live = true;
    acquire(documentId)
      .then((pdf) => {
        if (live)
          setState({
            id: documentId,
            value: pdf ? { status: 'ready', pdf } : { status: 'missing' },
          });
      })
      .catch((error: unknown) => {
        if (live)
          setState({
            id: documentId,
            value: {
              status: 'error',
              error: error instanceof Error ? error.message : String(error),
            },
          });
      });
    return () => {
      live = false;
      release(documentId);
    };
  }, [documentId]);
  return state && state.id === documentId ? state.value : { status: 'loading' };
}
