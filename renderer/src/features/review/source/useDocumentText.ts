import { useEffect, useState } from 'react';
import { reviewStore } from '../../../state/review-store';

const cache = new Map<number, string[]>();

/** The lines of a stored document's text (cached), or an error message. */
export function useDocumentLines(documentId: number | undefined) {
  const [state, setState] = useState<{ id?: number; lines?: string[]; error?: string }>({});
  useEffect(() => {
    if (documentId === undefined) return;
    const cached = cache.get(documentId);
    if (cached) {
      setState({ id: documentId, lines: cached });
      return;
    }
    let cancelled = false;
    reviewStore()
      .then((store) => store.documentText(documentId))
      .then((text) => {
        if (cancelled) return;
        const lines = (text ?? '').split(/\r?\n/);
        if (text !== undefined) cache.set(documentId, lines);
        setState({ id: documentId, lines, error: text === undefined ? 'missing' : undefined });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ id: documentId, error: String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [documentId]);
  return state.id === documentId ? state : {};
}
