/**
 * The shapes of stored data (documents, lines, findings, notes, packs, backups) as the store hands
 * them out and the app shows them. The store (db/) produces them; services, state and features
 * read them: none of those needs to import the store to name what it holds.
 */
import type {
  BudgetLine,
  DocumentMeta,
  Finding,
  ImportWarning,
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

/**
 * A member's note on one line of one document. `documentId` is the document it was written on;
 * `documentSha256` that document's content hash, so the note finds its document again when the same
 * file is imported after a delete. Neither is set on a note stored before store v4 whose line no
 * stored document held: it attaches by its line key to the next document that holds it.
 */
export interface Note {
  id: number;
  /** absent while the note's document is not stored (deleted, or never known) */
  documentId?: number;
  documentSha256?: string;
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

/** where a note is written: one line of one document */
export interface NoteTarget {
  documentId: number;
  lineKey: string;
}

export type ImportResult =
  | { status: 'imported'; document: StoredDocument }
  | { status: 'duplicate'; existing: StoredDocument };

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
