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

const COLUMNS: ListColumn<NoteExport>[] = [
  { header: '종류', value: (n) => n.kind, width: 10 },
  { header: '상태', value: (n) => n.status, width: 10 },
  { header: '부서', value: (n) => n.department, width: 16 },
  { header: '사업', value: (n) => n.project, width: 26 },
  { header: '메모', value: (n) => n.text, width: 70 },
  { header: '작성자', value: (n) => n.author, width: 10 },
  { header: '작성일', value: (n) => day(n.createdAt), width: 12 },
  { header: '수정일', value: (n) => day(n.updatedAt), width: 12 },
  { header: '문서', value: (n) => n.document, width: 28 },
];

/** The notes list as XLSX: one row per note, text inert. */
export function notesToXlsx(notes: readonly NoteExport[], note = ''): Promise<Uint8Array> {
  return listToXlsx('메모', note, COLUMNS, notes);
}
