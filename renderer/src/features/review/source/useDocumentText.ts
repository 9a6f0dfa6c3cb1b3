import { useEffect, useState } from 'react';
import { documentText } from '@services';

const cache = new Map<number, string[]>();

/** The lines of a stored document's text (cached), or an error message. */
export function useDocumentLines(documentId: number | undefined): {
  lines?: string[];
  error?: string;
} {
  const [loaded, setLoaded] = useState<{ id: number; lines?: string[]; error?: string }>();
  const cached = documentId === undefined ? undefined : cache.get(documentId);
  useEffect(() => {
    if (documentId === undefined || cache.has(documentId)) return;
    let cancelled = false;
    documentText(documentId)
      .then((text) => {
        if (cancelled) return;
        if (text === undefined) {
          setLoaded({ id: documentId, error: 'the document text is missing' });
          return;
        }
        const lines = text.split(/\r?\n/);
        cache.set(documentId, lines);
        setLoaded({ id: documentId, lines });
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoaded({ id: documentId, error: String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [documentId]);
  if (cached) return { lines: cached };
  return loaded && loaded.id === documentId ? loaded : {};
}
