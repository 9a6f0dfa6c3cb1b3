/**
 * Which document a note belongs to. Notes stored before store v4 name a line key only; one whose
 * key several documents hold was shown on each of them, so it is kept on each of them: a clerk who
 * wrote a question while looking at one of them finds it there, and no screen loses a note it
 * showed. Each copy keeps the note's text, kind, status, author and times.
 */
import type { NoteRecord } from '../records';

/** one stored document as notes see it: its id, content hash and line keys */
export interface DocumentKeys {
  documentId: number;
  sha256: string;
  keys: ReadonlySet<string>;
}

type NoteLike = Pick<NoteRecord, 'lineKey' | 'documentId' | 'documentSha256'>;

/** a note from before v4: it names neither a document nor a document's content */
export const isLegacyNote = (note: NoteLike) =>
  note.documentId === undefined && note.documentSha256 === undefined;

/**
 * A legacy note → one note per document holding its line key (in document order; the first keeps
 * the note's id, the copies have none); any other note, or one no document holds, as it is.
 */
export function attachLegacyNote<N extends NoteLike & { id?: number }>(
  note: N,
  documents: readonly DocumentKeys[],
): N[] {
  if (!isLegacyNote(note)) return [note];
  const holders = documents
    .filter((doc) => doc.keys.has(note.lineKey))
    .sort((a, b) => a.documentId - b.documentId);
  if (holders.length === 0) return [note];
  return holders.map((doc, index) => {
    const attached = { ...note, documentId: doc.documentId, documentSha256: doc.sha256 };
    if (index > 0) delete attached.id;
    return attached;
  });
}

/**
 * Whether a note waiting for its document (deleted, or restored without it) belongs to this one:
 * the same file (content hash), or for a legacy note the same line key.
 */
export function waitsFor(note: NoteLike, doc: DocumentKeys): boolean {
  if (note.documentId !== undefined) return false;
  if (note.documentSha256 !== undefined) return note.documentSha256 === doc.sha256;
  return doc.keys.has(note.lineKey);
}

/** every legacy note attached; the copies after all notes that keep an id (no key collides) */
export function attachLegacyNotes<N extends NoteLike & { id?: number }>(
  notes: readonly N[],
  documents: readonly DocumentKeys[],
): { kept: N[]; copies: N[] } {
  const kept: N[] = [];
  const copies: N[] = [];
  for (const note of notes) {
    const [first, ...rest] = attachLegacyNote(note, documents);
    kept.push(first!);
    copies.push(...rest);
  }
  return { kept, copies };
}
