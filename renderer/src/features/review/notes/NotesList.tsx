import { useMemo, useState } from 'react';
import type { Note, NoteKind, NoteStatus, StoredLine } from '@data/stored';
import { useLanguage, useT } from '@i18n/language';
import { useReviewData } from '@state/review-data';
import { useReviewView } from '@state/review';
import { NOTE_KINDS, NOTE_STATUSES, kindLabel, statusLabel } from './labels';
import { msg } from '@i18n/text';
import { ExportButton, fileDay, XLSX_TYPE } from '../../export/ExportButton';
import { notesToXlsx } from '../../export/notes-to-xlsx';
import { scopedKey } from '../model/annotations';

/**
 * The notes written on the document in view (every note when none is chosen, also those waiting
 * for a deleted document), filterable by kind and status; choosing one selects its line.
 */
export function NotesList({ onOpen }: { onOpen(line: StoredLine): void }) {
  const t = useT();
  const { notes, lines, documents } = useReviewData();
  const documentId = useReviewView((state) => state.filters.documentId);
  const [kind, setKind] = useState<NoteKind | ''>('');
  const [status, setStatus] = useState<NoteStatus | ''>('');
  const lineByKey = useMemo(
    () =>
      new Map(
        lines
          .filter((line) => documentId === undefined || line.documentId === documentId)
          .map((line) => [scopedKey(line.documentId, line.key), line]),
      ),
    [lines, documentId],
  );
  const lineOf = (note: Note) =>
    note.documentId === undefined
      ? undefined
      : lineByKey.get(scopedKey(note.documentId, note.lineKey));
  const shown = notes.filter(
    (note) =>
      (documentId === undefined || note.documentId === documentId) &&
      (!kind || note.kind === kind) &&
      (!status || note.status === status),
  );
  return (
    <section className="notes-list" aria-label={t('notes.listLabel')}>
      <div className="list-filters">
        <label>
          {t('common.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as NoteKind | '')}>
            <option value="">{t('common.all')}</option>
            {NOTE_KINDS.map((entry) => (
              <option key={entry.value} value={entry.value}>
                {t(entry.label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('notes.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as NoteStatus | '')}>
            <option value="">{t('common.all')}</option>
            {NOTE_STATUSES.map((entry) => (
              <option key={entry.value} value={entry.value}>
                {t(entry.label)}
              </option>
            ))}
          </select>
        </label>
        <ExportButton
          label={msg('export.notesXlsx')}
          disabled={shown.length === 0}
          make={async () => {
            const { language } = useLanguage.getState();
            const titles = new Map(
              documents.map((doc) => [doc.id, doc.meta.title || doc.fileName]),
            );
            const rows = shown.map((note) => {
              const line = lineOf(note);
              return {
                kind: kindLabel(note.kind)[language],
                status: statusLabel(note.status)[language],
                text: note.text,
                project: line?.project ?? note.lineKey,
                department: line?.department,
                document: note.documentId === undefined ? undefined : titles.get(note.documentId),
                author: note.author,
                createdAt: note.createdAt,
                updatedAt: note.updatedAt,
              };
            });
            return {
              name: `${msg('export.notesFile')[language]}-${fileDay()}.xlsx`,
              data: await notesToXlsx(rows, '', language),
              mimeType: XLSX_TYPE,
            };
          }}
        />
      </div>
      {shown.length === 0 ? (
        <p className="hint">{t('notes.noNotes')}</p>
      ) : (
        <ul className="jump-list">
          {shown.map((note) => {
            const line = lineOf(note);
            return (
              <li key={note.id}>
                <button type="button" disabled={!line} onClick={() => line && onOpen(line)}>
                  <span className="note-kind">{t(kindLabel(note.kind))}</span>
                  <span className="note-status">{t(statusLabel(note.status))}</span>
                  <strong>
                    {line ? `${line.department ?? ''} ${line.project}` : note.lineKey}
                  </strong>
                  <span className="note-text-preview">{note.text}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
