/**
 * Loading what the review shows. The review's data loads when the review is first opened and is
 * kept fresh by the commands that change it (an import, a delete, an undo, a restore, a note), so
 * going back to the review shows it at once.
 */
import { useReviewData } from '@state/review-data';
import { withTwinParents } from '@shared/figures';
import { getStore } from '../store';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** a newer load (after another change) wins over an older one still reading */
let generation = 0;

export async function loadReviewData(): Promise<void> {
  const mine = ++generation;
  // a reload keeps the data on screen until the new data is there
  if (useReviewData.getState().status !== 'ready')
    useReviewData.setState({ status: 'loading', error: undefined });
  try {
    const store = await getStore();
    const [documents, lines, findings, notes] = await Promise.all([
      store.listDocuments(),
      store.linesFor(),
      store.findingsFor(),
      store.notesFor(),
    ]);
    if (mine === generation)
      useReviewData.setState({
        status: 'ready',
        error: undefined,
        documents,
        // a row read for several years is linked to its parent in every year (filters keep family)
        lines: withTwinParents(lines),
        findings,
        notes,
      });
  } catch (error) {
    if (mine === generation) useReviewData.setState({ status: 'error', error: messageOf(error) });
  }
}

/** the review opens: load its data unless it is loaded (or loading) already */
export function openReviewData(): void {
  const { status } = useReviewData.getState();
  if (status === 'idle' || status === 'error') void loadReviewData();
}

/** after a change to documents: reload, unless the review has never been opened */
export async function reloadReviewDataIfOpened(): Promise<void> {
  if (useReviewData.getState().status !== 'idle') await loadReviewData();
}

/** after a change to notes: only the notes */
export async function reloadNotes(): Promise<void> {
  if (useReviewData.getState().status === 'idle') return;
  try {
    useReviewData.setState({ notes: await (await getStore()).notesFor() });
  } catch (error) {
    useReviewData.setState({ error: messageOf(error) });
  }
}
