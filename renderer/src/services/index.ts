/**
 * The one seam between the screens and the data (after Actual Budget's loot-core handlers): every
 * user action is a command here, every read a query. A command writes to the store, reloads exactly
 * the state that shows what changed (after-change.ts) and schedules the automatic backup. Features
 * import from '@services' only; nothing but services/ touches the store (db/).
 */

// ---- commands: one per user action ----
export { readReport, rereadReport, importReport } from './commands/import-report';
export { correctionsJson, readCorrectionsFile } from './commands/reading-choices';
export { deleteDocument, undoLastImport } from './commands/remove-document';
export { addNote, setNoteStatus, deleteNote } from './commands/notes';
export { savePack, deletePack } from './commands/packs';
export {
  createBackupFile,
  readBackupFile,
  restoreBackup,
  setAutoBackup,
  canBackUpAutomatically,
  looksLikeBackup,
  BACKUP_EXTENSION,
} from './commands/backup';
export { backupFileSaved, loadLastBackup } from './last-backup';
export { saveFlagRules, decideMatch, rememberUnit, rememberColumnState } from './commands/settings';
export { showDocument, restoreDocumentInView } from './commands/document-in-view';

// ---- queries: reads, some of them filling state/ ----
export { loadDocumentList, lastImported, documentText, originalFile } from './queries/documents';
export { openReviewData, loadReviewData } from './queries/review';
export { loadPacks, packDepartments, packPrintInput } from './queries/packs';
export { loadComparison } from './queries/comparison';
export { loadFlagRules, reviewPreferences, autoBackupSetting } from './queries/settings';

// ---- setup and errors ----
export { provideServices } from './store';
export { failureMessage } from './errors';

export type {
  IncomingFile,
  ReportPreview,
  ReadResult,
  ReadReportOptions,
  ImportFailure,
  PreviewChange,
  ImportReadOptions,
} from './commands/import-report';
export type { CorrectionsFile } from './commands/reading-choices';
export type { PackDraft } from './commands/packs';
export type { AutoBackupSetting } from './queries/settings';
export type { LoadedComparison } from './queries/comparison';
