import { MAX_IPC_FILE_BYTES } from '@shared/ipc-contract';
import type { LocalizedText } from '@shared/model/localized-text';
import { msg } from '@i18n/text';

/**
 * The largest file the app reads: a file is held in memory whole (and once more in the worker),
 * so beyond this the tab would stall. Electron's open dialog has the same limit.
 */
export const MAX_IMPORT_BYTES = MAX_IPC_FILE_BYTES;

const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024)).toLocaleString();

export function tooLargeMessage(size: number): LocalizedText {
  return msg('import.tooLargeDetail', {
    size: megabytes(size),
    limit: megabytes(MAX_IMPORT_BYTES),
  });
}
