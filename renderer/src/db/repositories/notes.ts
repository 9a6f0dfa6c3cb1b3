/** Notes belong to line keys, not documents: they outlive deletes and reappear on re-import. */
import type { Note, NoteKind } from '../api';
import type { CbrDatabase } from '../database';
import { StoreError, guarded } from '../errors';
import type { NoteRecord } from '../records';

const notFound = (id: number) =>
  new StoreError('not-found', {
    ko: `메모(번호 ${id})를 찾을 수 없습니다.`,
    en: `Note ${id} was not found.`,
  });

export function notesRepository(db: CbrDatabase) {
  async function addNote(
    lineKey: string,
    note: { kind: NoteKind; text: string; author?: string },
  ): Promise<Note> {
    return guarded(async () => {
      const now = new Date().toISOString();
      const record: NoteRecord = {
        lineKey,
        kind: note.kind,
        status: 'open',
        text: note.text,
        ...(note.author ? { author: note.author } : {}),
        createdAt: now,
        updatedAt: now,
      };
      const id = await db.notes.add(record);
      return { ...record, id };
    });
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

  async function notesFor(lineKeys?: readonly string[]): Promise<Note[]> {
    return guarded(async () => {
      const records = lineKeys
        ? await db.notes
            .where('lineKey')
            .anyOf([...lineKeys])
            .toArray()
        : await db.notes.toArray();
      return records as Note[];
    });
  }

  return { addNote, updateNote, deleteNote, notesFor };
}
