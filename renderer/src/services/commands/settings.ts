/**
 * Settings the user makes: 설정 › 강조 규칙 (flag rules), 비교 › 제안 answers (match decisions),
 * and the review's unit and column layout. Rules and decisions are the user's work: they schedule
 * the automatic backup. The unit and layout are view preferences: they are only remembered.
 */
import { FLAG_RULES_SETTING, type FlagRule } from '@shared/flags';
import type { MatchDecision } from '@shared/compare/types';
import { useFlagRules } from '@state/flag-rules';
import { settingsChanged } from '../after-change';
import { DECISIONS_SETTING } from '../queries/comparison';
import { COLUMN_STATE_SETTING, UNIT_SETTING } from '../queries/settings';
import { getStore } from '../store';

/** the review highlights with the new rules at once; the store keeps them */
export async function saveFlagRules(rules: FlagRule[]): Promise<void> {
  useFlagRules.setState({ rules });
  try {
    await (await getStore()).setSetting(FLAG_RULES_SETTING, rules);
    useFlagRules.setState({ error: undefined });
    settingsChanged();
  } catch (error) {
    useFlagRules.setState({ error: error instanceof Error ? error.message : String(error) });
  }
}

/** remembers that a suggested pair is (or is not) the same project; comparisons reload by themselves */
export async function decideMatch(decision: MatchDecision): Promise<void> {
  const store = await getStore();
  const previous = (await store.getSetting<MatchDecision[]>(DECISIONS_SETTING)) ?? [];
  const others = previous.filter(
    (d) => d.beforeKey !== decision.beforeKey || d.afterKey !== decision.afterKey,
  );
  await store.setSetting(DECISIONS_SETTING, [...others, decision]);
  settingsChanged();
}

export function rememberUnit(unit: string): void {
  void getStore().then((store) => store.setSetting(UNIT_SETTING, unit));
}

export function rememberColumnState(state: readonly object[]): void {
  void getStore().then((store) => store.setSetting(COLUMN_STATE_SETTING, state));
}
