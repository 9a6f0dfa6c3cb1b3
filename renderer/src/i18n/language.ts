import { Fragment, createElement, useCallback, useMemo, type ReactNode } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { LocalizedText } from '@shared/model/localized-text';
import { MESSAGES, type MessageKey, type MessageParams, type ParamsArg } from './messages';
import { fill } from './text';

export type Language = 'ko' | 'en';

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

export const useLanguage = create<LanguageState>()(
  persist(
    (set) => ({
      language: 'ko',
      setLanguage: (language) => set({ language }),
    }),
    { name: 'cbr.language' },
  ),
);

/** `t('library.emptyTitle')`, `t('import.reading', { name })`, or a text in both languages */
export interface Translate {
  <K extends MessageKey>(key: K, ...params: ParamsArg<K>): string;
  (text: LocalizedText): string;
}

function translator(language: Language): Translate {
  return ((text: MessageKey | LocalizedText, values?: Record<string, string | number>) =>
    typeof text === 'string'
      ? fill(MESSAGES[text][language], values)
      : text[language]) as Translate;
}

/**
 * Looks texts up in the catalogue (i18n/messages) in the chosen language. The function keeps its
 * identity until the language changes, so it can sit in memo and effect dependencies.
 */
export function useT(): Translate {
  const language = useLanguage((state) => state.language);
  return useMemo(() => translator(language), [language]);
}

/**
 * For a sentence with controls inside (`{percent}% 미만`): the catalogue text split at its
 * placeholders, each filled with the element given for it, so each language keeps its word order.
 */
export function useTNodes(): <K extends MessageKey>(
  key: K,
  nodes: Record<MessageParams<K>, ReactNode>,
) => ReactNode {
  const language = useLanguage((state) => state.language);
  return useCallback(
    <K extends MessageKey>(key: K, nodes: Record<MessageParams<K>, ReactNode>) => {
      const parts = MESSAGES[key][language].split(/\{(\w+)\}/);
      const filled = nodes as Record<string, ReactNode>;
      return parts.map((part, index) =>
        createElement(Fragment, { key: index }, index % 2 === 1 ? filled[part] : part),
      );
    },
    [language],
  );
}

export type { MessageKey, ParamsArg };
