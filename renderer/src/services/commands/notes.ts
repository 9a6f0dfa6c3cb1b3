/**
 * 검토 › 메모·질의: add a note to a line, change its status, delete it. Notes belong to line keys,
 * not documents. Each command reloads the review's notes and schedules the automatic backup.
 */
import type { Note, NoteKind, NoteStatus } from '@data/stored';
import { notesChanged } from '../after-change';
import { getStore } from '../store';

export async function addNote(
  lineKey: string,
  note: { kind: NoteKind; text: string },
): Promise<Note> {
  const added = await (await getStore()).addNote(lineKey, note);
  await notesChanged();
  return added;
}

export async function setNoteStatus(id: number, status: NoteStatus): Promise<void> {
  await (await getStore()).updateNote(id, { status });
  await notesChanged();
}

export async function deleteNote(id: number): Promise<void> {
  await (await getStore()).deleteNote(id);
  await notesChanged();
}
