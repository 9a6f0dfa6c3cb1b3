/**
 * The user's flag rules, shared by 설정 (editing) and the review grid (highlighting). Filled by
 * services (loadFlagRules, saveFlagRules); features only read it.
 */
import { create } from 'zustand';
import { DEFAULT_FLAG_RULES, type FlagRule } from '@shared/flags';

export interface FlagRulesState {
  rules: FlagRule[];
  loaded: boolean;
  /** counts loads from the store (a restore brings other rules: forms start again from them) */
  loads: number;
  error?: string;
}

export const useFlagRules = create<FlagRulesState>()(() => ({
  rules: DEFAULT_FLAG_RULES.map((rule) => ({ ...rule })),
  loaded: false,
  loads: 0,
}));
