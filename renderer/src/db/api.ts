/**
 * The contract of the local store: what the app's services may call. Implemented by the
 * repositories in this folder; nothing else touches Dexie tables. The data shapes it returns live in
 * data/stored.ts (re-exported here for the store's own files).
 */
import type { ParsedReport } from '@shared/model/report';
import type {
  StoredDocument,
  StoredLine,
  StoredPersonnel,
  StoredFinding,
  NoteKind,
  Note,
  NoteTarget,
  BriefingPack,
  LineFilter,
  ImportResult,
  ImportLogEntry,
  RestoreMode,
  ValidatedBackup,
} from '@data/stored';

export type {
  StoredDocument,
  StoredLine,
  StoredPersonnel,
  StoredFinding,
  NoteKind,
  NoteStatus,
  Note,
  NoteTarget,
  BriefingPack,
  LineFilter,
  ImportResult,
  ImportLogAction,
  ImportLogEntry,
  RestoreMode,
  BackupSummary,
  ValidatedBackup,
} from '@data/stored';

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
  /** a note on one line of one document; throws StoreError 'not-found' when the document is gone */
  addNote(
    target: NoteTarget,
    note: { kind: NoteKind; text: string; author?: string },
  ): Promise<Note>;
  updateNote(id: number, patch: Partial<Pick<Note, 'kind' | 'status' | 'text'>>): Promise<Note>;
  deleteNote(id: number): Promise<void>;
  /**
   * every note, or those written on the given documents (and, with `lineKeys`, on those lines);
   * notes waiting for a deleted document come only without `documentIds`
   */
  notesFor(filter?: {
    documentIds?: readonly number[];
    lineKeys?: readonly string[];
  }): Promise<Note[]>;
  savePack(
    pack: Omit<BriefingPack, 'id' | 'createdAt' | 'updatedAt'> & { id?: number },
  ): Promise<BriefingPack>;
  listPacks(): Promise<BriefingPack[]>;
  deletePack(id: number): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
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
