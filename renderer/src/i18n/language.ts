import { useCallback } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type Language = 'ko' | 'en';
/** A piece of UI text in both languages; Korean is the default. */
export interface Text {
  ko: string;
  en: string;
}

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

/**
 * `const t = useT(); t({ ko: '단위', en: 'Unit' })`. The function keeps its identity until the
 * language changes, so it can sit in memo and effect dependencies.
 */
export function useT(): (text: Text) => string {
  const language = useLanguage((state) => state.language);
  return useCallback((text: Text) => text[language], [language]);
}
