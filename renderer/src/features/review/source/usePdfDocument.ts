import { useEffect, useState } from 'react';
import { originalFile } from '@services';
import { openPdf, type RenderablePdf } from '../../../pdf/rendering';
import { createPdfCache } from './pdf-cache';

const opened = createPdfCache<RenderablePdf>((documentId) =>
  originalFile(documentId).then((bytes) =>
    bytes && bytes.length > 0 ? openPdf(bytes) : undefined,
  ),
);

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
    opened
      .acquire(documentId)
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
      opened.release(documentId);
    };
  }, [documentId]);
  return state && state.id === documentId ? state.value : { status: 'loading' };
}
