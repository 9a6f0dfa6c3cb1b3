import { create } from 'zustand';
import {
  DEFAULT_FLAG_RULES,
  FLAG_RULES_SETTING,
  readFlagRules,
  type FlagRule,
} from '@shared/flags';
import { reviewStore } from '@state/review-store';

interface FlagRulesState {
  rules: FlagRule[];
  loaded: boolean;
  error?: string;
  load(): Promise<void>;
  save(rules: FlagRule[]): Promise<void>;
}

/** The user's flag rules, shared by 설정 (editing) and the review grid (highlighting). */
export const useFlagRules = create<FlagRulesState>()((set) => ({
  rules: DEFAULT_FLAG_RULES.map((rule) => ({ ...rule })),
  loaded: false,
  async load() {
    try {
      const stored = await (await reviewStore()).getSetting<unknown>(FLAG_RULES_SETTING);
      set({ rules: readFlagRules(stored), loaded: true, error: undefined });
    } catch (error) {
      set({ loaded: true, error: error instanceof Error ? error.message : String(error) });
    }
  },
  async save(rules) {
    set({ rules });
    try {
      await (await reviewStore()).setSetting(FLAG_RULES_SETTING, rules);
      set({ error: undefined });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  },
}));
