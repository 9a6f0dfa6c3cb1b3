import { useCallback } from 'react';
import { useLanguage, type Text } from '@i18n/language';

/** Like useT(), but the function keeps its identity until the language changes (for memo deps). */
export function useStableT(): (text: Text) => string {
  const language = useLanguage((state) => state.language);
  return useCallback((text: Text) => text[language], [language]);
}
