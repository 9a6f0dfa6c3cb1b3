/**
 * Store v4: every note gets the document it belongs to (see attach.ts for why a note whose line
 * key several documents hold is kept on each). A note no stored document holds stays as it was
 * and attaches to the next import that holds its line key. No note is removed and no text changes.
 */
import type { Transaction } from 'dexie';
import { decodeChunk } from '../line-codec';
import type { DocumentRecord, LineChunkRecord, NoteRecord } from '../records';
import { attachLegacyNotes, type DocumentKeys } from './attach';

async function documentKeys(tx: Transaction): Promise<DocumentKeys[]> {
  const documents = (await tx.table('documents').toArray()) as DocumentRecord[];
  const keysOf = new Map<number, Set<string>>();
  await tx.table('lineChunks').each((chunk: LineChunkRecord) => {
    let keys = keysOf.get(chunk.documentId);
    if (!keys) keysOf.set(chunk.documentId, (keys = new Set()));
    for (const line of decodeChunk(chunk.data, chunk.documentId)) keys.add(line.key);
  });
  return documents.map((doc) => ({
    documentId: doc.id!,
    sha256: doc.meta.sha256,
    keys: keysOf.get(doc.id!) ?? new Set(),
  }));
}

export async function notesToDocuments(tx: Transaction): Promise<void> {
  const notes = tx.table('notes');
  const stored = (await notes.toArray()) as NoteRecord[];
  if (stored.length === 0) return;
  const { kept, copies } = attachLegacyNotes(stored, await documentKeys(tx));
  // only the notes that found a document are written again, with their id and text as they were
  await notes.bulkPut(kept.filter((note) => note.documentId !== undefined));
  if (copies.length > 0) await notes.bulkAdd(copies);
}
