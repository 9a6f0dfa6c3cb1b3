/**
 * The contract of the local store: what the UI may call. Implemented by the repositories in this
 * folder; components never touch Dexie tables directly.
 */
import type {
  BudgetLine,
  DocumentMeta,
  Finding,
  ImportWarning,
  ParsedReport,
  PersonnelRow,
} from '../../../shared/model/report';

export interface StoredDocument {
  id: number;
  meta: DocumentMeta;
  fileName: string;
  importedAt: string; // ISO time
  lineCount: number;
  personnelCount: number;
  findingCounts: { error: number; warning: number; info: number };
  warnings: ImportWarning[];
}

export type StoredLine = BudgetLine & { documentId: number };
export type StoredPersonnel = PersonnelRow & { documentId: number };
export type StoredFinding = Finding & { documentId: number };

export type NoteKind = 'question' | 'finding' | 'follow-up';
export type NoteStatus = 'open' | 'answered' | 'closed';

export interface Note {
  id: number;
  lineKey: string;
  kind: NoteKind;
  status: NoteStatus;
  text: string;
  author?: string;
  createdAt: string;
  updatedAt: string;
}

export interface BriefingPack {
  id: number;
  title: string;
  council?: string;
  session?: string;
  date?: string;
  preparedBy?: string;
  documentIds: number[];
  departments: string[];
  includeFindings: boolean;
  includeNotes: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface LineFilter {
  documentIds?: number[];
  fiscalYears?: number[];
}

export type ImportResult =
  | { status: 'imported'; document: StoredDocument }
  | { status: 'duplicate'; existing: StoredDocument };

export interface Store {
  importDocument(
    parsed: ParsedReport,
    file: { name: string; text: string },
    options?: { allowDuplicate?: boolean },
  ): Promise<ImportResult>;
  listDocuments(): Promise<StoredDocument[]>;
  documentText(id: number): Promise<string | undefined>;
  deleteDocument(id: number): Promise<void>;
  /** removes the most recently imported document; returns what it removed */
  undoLastImport(): Promise<StoredDocument | undefined>;
  linesFor(filter?: LineFilter): Promise<StoredLine[]>;
  personnelFor(filter?: LineFilter): Promise<StoredPersonnel[]>;
  findingsFor(filter?: LineFilter): Promise<StoredFinding[]>;
  addNote(lineKey: string, note: { kind: NoteKind; text: string; author?: string }): Promise<Note>;
  updateNote(id: number, patch: Partial<Pick<Note, 'kind' | 'status' | 'text'>>): Promise<Note>;
  deleteNote(id: number): Promise<void>;
  notesFor(lineKeys?: readonly string[]): Promise<Note[]>;
  savePack(
    pack: Omit<BriefingPack, 'id' | 'createdAt' | 'updatedAt'> & { id?: number },
  ): Promise<BriefingPack>;
  listPacks(): Promise<BriefingPack[]>;
  deletePack(id: number): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
}
