/**
 * The document in view (검토's 문서 choice): after an import it is the imported document; the
 * user's choice is remembered in settings, so a reload opens on it again. The grid, findings list,
 * charts and 비교's pairing all read it from state/review.
 */
import { useReviewView } from '@state/review';
import { DOCUMENT_IN_VIEW_SETTING } from '../queries/settings';
import { getStore } from '../store';

/** set once the user (or an import) chose in this session: a late restore must not undo it */
let chosenThisSession = false;

/** shows one document (undefined: every document, each year apart) and remembers the choice */
export async function showDocument(documentId: number | undefined): Promise<void> {
  chosenThisSession = true;
  useReviewView.getState().setFilters({
    documentId,
    fiscalYear: undefined,
    department: undefined,
  });
  try {
    await (await getStore()).setSetting(DOCUMENT_IN_VIEW_SETTING, documentId ?? null);
  } catch {
    // a view preference: the choice on screen stands even when it cannot be remembered
  }
}

/**
 * On opening the review: the remembered document, when nothing was chosen in this session and the
 * document is still stored (`storedIds`).
 */
export function restoreDocumentInView(remembered: unknown, storedIds: readonly number[]): void {
  if (chosenThisSession) return;
  if (typeof remembered !== 'number' || !storedIds.includes(remembered)) return;
  useReviewView.getState().setFilters({ documentId: remembered });
}
