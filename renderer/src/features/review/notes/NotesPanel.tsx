import './notes.css';
import { useState } from 'react';
import type { NoteKind, NoteStatus, NoteTarget } from '@data/stored';
import { useT } from '@i18n/language';
import { addNote, deleteNote, setNoteStatus } from '@services';
import { useReviewData } from '@state/review-data';
import { NOTE_KINDS, NOTE_STATUSES, kindLabel } from './labels';

/**
 * Notes on one line of one document (another document sharing the line key has its own): add a
 * question, finding or follow-up; change status; delete.
 */
export function NotesPanel({ documentId, lineKey }: NoteTarget) {
  const t = useT();
  const notes = useReviewData((state) => state.notes).filter(
    (note) => note.documentId === documentId && note.lineKey === lineKey,
  );
  const [kind, setKind] = useState<NoteKind>('question');
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  // each command reloads the review's notes and schedules the automatic backup
  const run = (action: () => Promise<unknown>) =>
    action()
      .then(() => setError(undefined))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));

  return (
    <section className="notes-panel" aria-label={t('notes.panelLabel')}>
      <h3>{t('notes.heading')}</h3>
      <ul className="note-items">
        {notes.map((note) => (
          <li key={note.id} className={`note note-${note.status}`}>
            <span className="note-kind">{t(kindLabel(note.kind))}</span>
            <p>{note.text}</p>
            <label>
              {t('notes.status')}
              <select
                value={note.status}
                onChange={(e) =>
                  void run(() => setNoteStatus(note.id, e.target.value as NoteStatus))
                }
              >
                {NOTE_STATUSES.map((status) => (
                  <option key={status.value} value={status.value}>
                    {t(status.label)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => void run(() => deleteNote(note.id))}>
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="note-form"
        onSubmit={(event) => {
          event.preventDefault();
          const body = text.trim();
          if (!body) return;
          void run(() => addNote({ documentId, lineKey }, { kind, text: body })).then(() =>
            setText(''),
          );
        }}
      >
        <label>
          {t('common.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as NoteKind)}>
            {NOTE_KINDS.map((entry) => (
              <option key={entry.value} value={entry.value}>
                {t(entry.label)}
              </option>
            ))}
          </select>
        </label>
        <label className="note-text">
          {t('notes.noteText')}
          <textarea value={text} rows={3} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!text.trim()}>
          {t('notes.addNote')}
        </button>
        {error && (
          <p role="alert" className="error-text">
            {t('notes.couldNotSaveNote')}: {error}
          </p>
        )}
      </form>
    </section>
  );
}
