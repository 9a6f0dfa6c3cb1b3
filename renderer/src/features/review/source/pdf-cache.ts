/**
 * Opened PDFs by document id, shared by whoever shows them and destroyed when the last one lets
 * go (the source panel closes, or shows another document): a document is parsed once while it is
 * on screen, and a closed panel holds no pdfjs memory. A failed open is not kept, so the next
 * look tries again.
 */
export interface Destroyable {
  destroy(): Promise<void>;
}

export interface PdfCache<T extends Destroyable> {
  /** the document (undefined: no stored original), opened on the first acquire */
  acquire(documentId: number): Promise<T | undefined>;
  release(documentId: number): void;
  /** how many documents are open */
  size(): number;
}

export function createPdfCache<T extends Destroyable>(
  open: (documentId: number) => Promise<T | undefined>,
): PdfCache<T> {
  const entries = new Map<number, { promise: Promise<T | undefined>; users: number }>();
  return {
    acquire(documentId) {
      let entry = entries.get(documentId);
      if (!entry) {
        const promise = open(documentId);
        const created = { promise, users: 0 };
        entry = created;
        entries.set(documentId, created);
        promise.catch(() => {
          if (entries.get(documentId) === created) entries.delete(documentId);
        });
      }
      entry.users++;
      return entry.promise;
    },
    release(documentId) {
      const entry = entries.get(documentId);
      if (!entry) return;
      entry.users--;
      if (entry.users > 0) return;
      entries.delete(documentId);
      entry.promise.then((pdf) => pdf?.destroy()).catch(() => undefined);
    },
    size: () => entries.size,
  };
}
