import { join } from 'node:path';
import { MAX_IPC_FILE_BYTES } from '../../shared/ipc-contract';

/** A name the user sees in a save dialog: no folders, no characters Windows refuses. */
export function safeFileName(name: string): string {
  const cleaned = replaceUnsafeCharacters(name, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  return cleaned || 'untitled';
}

/** Path separators, characters Windows refuses in names, and control characters. */
export function replaceUnsafeCharacters(name: string, replacement: string): string {
  return [...name]
    .map((character) =>
      character.charCodeAt(0) < 32 || '/\\:*?"<>|'.includes(character) ? replacement : character,
    )
    .join('');
}

export function defaultSavePath(folder: string, suggestedName: string): string {
  return join(folder, safeFileName(suggestedName));
}

export function assertWithinSizeLimit(size: number, what: string): void {
  if (size > MAX_IPC_FILE_BYTES) {
    const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    throw new Error(`${what} is ${mb(size)}; the limit is ${mb(MAX_IPC_FILE_BYTES)}`);
  }
}
