import type { IpcApi } from '@shared/ipc-contract';
import { unwrapIpc } from './ipc-error';
import type { Platform } from './platform';

/** The Electron platform: every call goes through the preload's window.cbr to main. */
export function createElectronPlatform(api: IpcApi): Platform {
  return {
    kind: 'electron',
    openFiles: (options) =>
      unwrapIpc(
        api.invoke('dialog:openFiles', {
          accept: [...options.accept],
          ...(options.multiple !== undefined ? { multiple: options.multiple } : {}),
        }),
      ),
    saveFile: async (suggestedName, data) => {
      const extension = /\.([a-z0-9]{1,10})$/i.exec(suggestedName)?.[1]?.toLowerCase();
      const filters = extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [];
      const result = await unwrapIpc(
        api.invoke('file:save', { suggestedName, data, ...(extension ? { filters } : {}) }),
      );
      return result.saved;
    },
    printToPdf: async (options) => {
      const result = await unwrapIpc(api.invoke('pdf:print', options));
      return result.saved ? 'saved' : 'cancelled';
    },
    appInfo: () => unwrapIpc(api.invoke('app:info', {})),
    chooseBackupFolder: async () => {
      const result = await unwrapIpc(api.invoke('backup:chooseFolder', {}));
      return result.folder ?? null;
    },
    writeBackup: async (folder, name, bytes) => {
      await unwrapIpc(api.invoke('backup:write', { folder, name, bytes }));
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
