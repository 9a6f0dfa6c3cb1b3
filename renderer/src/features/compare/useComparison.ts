import { useCallback, useEffect, useState } from 'react';
import type { Comparison, MatchDecision } from '@shared/compare/types';
import type { StoredDocument } from '@db/api';
import { getStore } from '@db/connection';
import type { CompareChoice } from './compare-query';
import { DECISIONS_SETTING, loadComparison, type LoadedComparison } from './load-comparison';

export type ComparisonState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; loaded: LoadedComparison }
  | { status: 'error'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The stored documents (null while loading) and an error message when the store fails. */
export function useDocuments(): { documents: StoredDocument[] | null; error?: string } {
  const [state, setState] = useState<{ documents: StoredDocument[] | null; error?: string }>({
    documents: null,
  });
  useEffect(() => {
    let live = true;
    getStore()
      .then((store) => store.listDocuments())
      .then(
        (documents) => live && setState({ documents }),
        (error: unknown) => live && setState({ documents: [], error: messageOf(error) }),
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
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
    getStore()
      .then((store) => loadComparison(store, JSON.parse(choiceKey) as CompareChoice))
      .then(
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
    const store = await getStore();
    const previous = (await store.getSetting<MatchDecision[]>(DECISIONS_SETTING)) ?? [];
    const others = previous.filter(
      (d) => d.beforeKey !== decision.beforeKey || d.afterKey !== decision.afterKey,
    );
    await store.setSetting(DECISIONS_SETTING, [...others, decision]);
    setRevision((value) => value + 1);
  }, []);

  const comparison: Comparison | undefined = shown?.loaded.comparison;
  return { state, comparison, decide };
}
