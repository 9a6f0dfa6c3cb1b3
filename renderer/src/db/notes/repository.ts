/**
 * Notes belong to one line of one document. A deleted document's notes wait (without a document
 * id, with its content hash) and come back when the same file is imported again.
 */
import type { Note, NoteKind, NoteTarget } from '../api';
import type { CbrDatabase } from '../database';
import { StoreError, guarded } from '../errors';
import type { NoteRecord } from '../records';
import { type DocumentKeys, waitsFor } from './attach';

const notFound = (id: number) =>
  new StoreError('not-found', {
    ko: `메모(번호 ${id})를 찾을 수 없습니다.`,
    en: `Note ${id} was not found.`,
  });

const documentNotFound = (id: number) =>
  new StoreError('not-found', {
    ko: `메모를 붙일 문서(번호 ${id})를 찾을 수 없습니다. 삭제되었을 수 있습니다.`,
    en: `Document ${id}, which the note is for, was not found; it may have been deleted.`,
  });

/** inside an import (or restore) transaction: the waiting notes that belong to this document */
export async function attachWaitingNotes(db: CbrDatabase, doc: DocumentKeys): Promise<void> {
  await db.notes
    .filter((note) => waitsFor(note, doc))
    .modify((note: NoteRecord) => {
      note.documentId = doc.documentId;
      note.documentSha256 = doc.sha256;
    });
}

/** inside a delete transaction: the document's notes wait for it (content hash kept) */
export async function detachNotes(db: CbrDatabase, documentId: number): Promise<void> {
  const ofDocument = db.notes.schema.idxByName.documentId
    ? db.notes.where('documentId').equals(documentId)
    : db.notes.filter((note) => note.documentId === documentId);
  await ofDocument.modify((note: NoteRecord) => {
    delete note.documentId;
  });
}

export function notesRepository(db: CbrDatabase) {
  async function addNote(
    target: NoteTarget,
    note: { kind: NoteKind; text: string; author?: string },
  ): Promise<Note> {
    return guarded(() =>
      db.transaction('rw', db.documents, db.notes, async () => {
        const doc = await db.documents.get(target.documentId);
        if (!doc) throw documentNotFound(target.documentId);
        const now = new Date().toISOString();
        const record: NoteRecord = {
          documentId: target.documentId,
          documentSha256: doc.meta.sha256,
          lineKey: target.lineKey,
          kind: note.kind,
          status: 'open',
          text: note.text,
          ...(note.author ? { author: note.author } : {}),
          createdAt: now,
          updatedAt: now,
        };
        const id = await db.notes.add(record);
        return { ...record, id };
      }),
    );
  }

  async function updateNote(
    id: number,
    patch: Partial<Pick<Note, 'kind' | 'status' | 'text'>>,
  ): Promise<Note> {
    return guarded(() =>
      db.transaction('rw', db.notes, async () => {
        const current = await db.notes.get(id);
        if (!current) throw notFound(id);
        const next = { ...current, ...patch, id, updatedAt: new Date().toISOString() };
        await db.notes.put(next);
        return next;
      }),
    );
  }

  async function deleteNote(id: number): Promise<void> {
    return guarded(() => db.notes.delete(id));
  }

  async function notesFor(
    filter: { documentIds?: readonly number[]; lineKeys?: readonly string[] } = {},
  ): Promise<Note[]> {
    return guarded(async () => {
      const { documentIds, lineKeys } = filter;
      const keys = lineKeys && new Set(lineKeys);
      let records: NoteRecord[];
      if (documentIds && !db.notes.schema.idxByName.documentId) {
        // a database opened as it is at an older version (degraded) has no such index
        const wanted = new Set(documentIds);
        records = await db.notes.filter((note) => wanted.has(note.documentId ?? 0)).toArray();
      } else if (documentIds)
        records = await db.notes
          .where('documentId')
          .anyOf([...documentIds])
          .toArray();
      else if (lineKeys)
        records = await db.notes
          .where('lineKey')
          .anyOf([...lineKeys])
          .toArray();
      else records = await db.notes.toArray();
      return (keys ? records.filter((note) => keys.has(note.lineKey)) : records) as Note[];
    });
  }

  return { addNote, updateNote, deleteNote, notesFor };
}
