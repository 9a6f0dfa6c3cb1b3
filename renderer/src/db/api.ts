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
} from '@shared/model/report';

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
    /** `text`: the document as the app shows it; `original`: the file's bytes, kept for PDF/HWP/sheets */
    file: { name: string; text: string; original?: Uint8Array },
    options?: { allowDuplicate?: boolean },
  ): Promise<ImportResult>;
  listDocuments(): Promise<StoredDocument[]>;
  documentText(id: number): Promise<string | undefined>;
  /** the imported file's bytes (PDF, HWP, spreadsheet); undefined for text and older imports */
  originalFile(id: number): Promise<Uint8Array | undefined>;
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

// ---- additions by the local store (issue 6); additive only ----

export type ImportLogAction = 'import' | 'delete' | 'undo';

/** one line of the import log: what was imported or removed, when, from which file */
export interface ImportLogEntry {
  id: number;
  action: ImportLogAction;
  documentId: number;
  title: string;
  fileName: string;
  sha256: string;
  at: string;
  lineCount: number;
  warningCount: number;
  findingCount: number;
}

export type RestoreMode = 'replace' | 'merge';

/** what a backup file holds, shown before the user confirms a restore */
export interface BackupSummary {
  createdAt: string;
  documents: number;
  lines: number;
  findings: number;
  notes: number;
  packs: number;
}

/** a backup file that has been read and fully validated; only these can be restored */
export interface ValidatedBackup {
  summary: BackupSummary;
  /** opaque to the UI */
  readonly content: unknown;
}

/** The Store plus what the library and settings pages need; errors are StoreError (db/errors.ts). */
export interface LocalStore extends Store {
  importLog(): Promise<ImportLogEntry[]>;
  /** the document undoLastImport() would remove */
  lastImported(): Promise<StoredDocument | undefined>;
  /** lines of one document, read lazily (only its chunks) */
  linesOfDocument(documentId: number): Promise<StoredLine[]>;
  /** the same, a chunk of a few thousand lines at a time, without holding them all */
  lineChunks(documentId: number): AsyncIterable<StoredLine[]>;
  /** gzip bytes of a `.cbr-backup` file holding everything */
  createBackup(): Promise<Uint8Array>;
  /** reads and validates a whole backup file; throws StoreError 'backup-invalid' with the reason */
  readBackup(bytes: Uint8Array): Promise<ValidatedBackup>;
  /** replaces (or merges into) the current data in one transaction */
  restoreBackup(backup: ValidatedBackup, mode: RestoreMode): Promise<void>;
}
