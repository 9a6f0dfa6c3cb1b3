import { useCallback, useEffect, useState } from 'react';
import type { Comparison, MatchDecision } from '@shared/compare/types';
import type { StoredDocument } from '@data/stored';
import type { LocalizedText } from '@shared/model/localized-text';
import { decideMatch, loadComparison, loadDocumentList, type LoadedComparison } from '@services';
import { useDocumentList } from '@state/documents';
import type { CompareChoice } from './compare-query';

export type ComparisonState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; loaded: LoadedComparison }
  | { status: 'error'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The stored documents (null while loading) and an error message when the store fails. */
export function useDocuments(): { documents: StoredDocument[] | null; error?: LocalizedText } {
  const { documents, loaded, error } = useDocumentList();
  useEffect(() => {
    void loadDocumentList();
  }, []);
  if (!loaded) return { documents: null };
  return error ? { documents: [], error } : { documents };
}

/** Computes the chosen comparison; `decide` remembers a confirmed or rejected suggestion. */
export function useComparison(choice: CompareChoice | null) {
  const [result, setResult] = useState<{ key: string; state: ComparisonState }>();
  const [revision, setRevision] = useState(0);
  const choiceKey = choice ? JSON.stringify(choice) : '';
  const key = `${revision}:${choiceKey}`;
  useEffect(() => {
    if (!choiceKey) return;
    let live = true;
    loadComparison(JSON.parse(choiceKey) as CompareChoice).then(
      (loaded) => live && setResult({ key, state: { status: 'ready', loaded } }),
      (error: unknown) =>
        live && setResult({ key, state: { status: 'error', message: messageOf(error) } }),
    );
    return () => {
      live = false;
    };
  }, [key, choiceKey]);
  // while a new choice is computed, the previous result stays on screen
  const state: ComparisonState = !choiceKey
    ? { status: 'idle' }
    : result?.key === key
      ? result.state
      : { status: 'loading' };
  const shown = result?.state.status === 'ready' ? result.state : undefined;

  const decide = useCallback(async (decision: MatchDecision) => {
    await decideMatch(decision);
    setRevision((value) => value + 1);
  }, []);

  const comparison: Comparison | undefined = shown?.loaded.comparison;
  return { state, comparison, decide };
}
