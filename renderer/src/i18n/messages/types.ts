import type { LocalizedText } from '@shared/model/localized-text';

/** A group of catalogue entries: key → Korean and English, `{name}` marking a value filled in. */
export type Messages = Record<string, LocalizedText>;
