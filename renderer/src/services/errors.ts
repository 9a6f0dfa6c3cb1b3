import { toStoreError } from '@db/errors';
import type { LocalizedText } from '@shared/model/localized-text';

/** What to tell the user when a command fails: the store's explanation in Korean and English. */
export function failureMessage(error: unknown): LocalizedText {
  return toStoreError(error).userMessage;
}
