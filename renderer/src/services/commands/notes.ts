/**
 * 검토 › 메모·질의: add a note to a line of a document, change its status, delete it. A note
 * belongs to the document it was written on, not to every document sharing the line key. Each
 * command reloads the review's notes and schedules the automatic backup.
 */
import type { Note, NoteKind, NoteStatus, NoteTarget } from '@data/stored';
import { notesChanged } from '../after-change';
import { getStore } from '../store';

export async function addNote(
  target: NoteTarget,
  note: { kind: NoteKind; text: string },
): Promise<Note> {
  const added = await (await getStore()).addNote(target, note);
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
