/**
 * What each kind of change refreshes, in one place: every command ends with one of these. Each
 * schedules the automatic backup and reloads exactly the state that shows the changed data.
 */
import { scheduleBackup } from './auto-backup';
import { loadDocumentList } from './queries/documents';
import { loadPacks } from './queries/packs';
import { reloadNotes, reloadReviewDataIfOpened } from './queries/review';
import { loadFlagRules } from './queries/settings';

/** a document was imported or removed: the document list and the review's data */
export async function documentsChanged(): Promise<void> {
  scheduleBackup();
  await Promise.all([loadDocumentList(), reloadReviewDataIfOpened()]);
}

/** a note was added, changed or deleted: the review's notes */
export async function notesChanged(): Promise<void> {
  scheduleBackup();
  await reloadNotes();
}

/** a briefing pack was saved or deleted: the pack list */
export async function packsChanged(): Promise<void> {
  scheduleBackup();
  await loadPacks();
}

/** a setting the user made (flag rules, match decisions, automatic backup): its state is set by the command */
export function settingsChanged(): void {
  scheduleBackup();
}

/** a restore replaced or merged everything: every list, the review, the packs and the rules */
export async function everythingChanged(): Promise<void> {
  scheduleBackup();
  await Promise.all([loadDocumentList(), reloadReviewDataIfOpened(), loadPacks(), loadFlagRules()]);
}
