import type { Language } from '@i18n/language';
import { MESSAGES, type MessageKey } from '@i18n/messages';
import { msg } from '@i18n/text';
import { listToXlsx, type ListColumn } from './list-to-xlsx';

/** A note as exported: what the notes list shows, with the line's name and document resolved. */
export interface NoteExport {
  kind: string;
  status: string;
  text: string;
  project?: string;
  department?: string;
  document?: string;
  author?: string;
  createdAt: string;
  updatedAt: string;
}

const day = (iso: string) => iso.slice(0, 10);

const COLUMNS: (Omit<ListColumn<NoteExport>, 'header'> & { header: MessageKey })[] = [
  { header: 'export.colKind', value: (n) => n.kind, width: 10 },
  { header: 'export.colStatus', value: (n) => n.status, width: 10 },
  { header: 'export.colDepartment', value: (n) => n.department, width: 16 },
  { header: 'export.colProject', value: (n) => n.project, width: 26 },
  { header: 'export.colNote', value: (n) => n.text, width: 70 },
  { header: 'export.colAuthor', value: (n) => n.author, width: 10 },
  { header: 'export.colCreated', value: (n) => day(n.createdAt), width: 12 },
  { header: 'export.colUpdated', value: (n) => day(n.updatedAt), width: 12 },
  { header: 'export.colDocument', value: (n) => n.document, width: 28 },
];

/** The notes list as XLSX: one row per note, text inert, headers in the app's language. */
export function notesToXlsx(
  notes: readonly NoteExport[],
  note = '',
  language: Language = 'ko',
): Promise<Uint8Array> {
  const columns = COLUMNS.map((column) => ({
    ...column,
    header: MESSAGES[column.header][language],
  }));
  return listToXlsx(msg('export.notesTitle')[language], note, columns, notes);
}
