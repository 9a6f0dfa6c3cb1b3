import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { ipcContract, type IpcChannel } from '../../shared/ipc-contract';
import { guardIpcHandler } from '../ipc/guard';
import { createIpcHandlers, type IpcHandlerMap } from '../ipc/handlers';
import { fileBackupFolderMemory, nodeFiles } from '../ipc/node-files';
import type { DialogPort } from '../ipc/ports';

/** Registers one guarded ipcMain.handle per channel of the contract, bound to the main window. */
export function setupIpc(getWindow: () => BrowserWindow | null): void {
  const parented: DialogPort = {
    showOpenDialog: (options) => {
      const window = getWindow();
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const window = getWindow();
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
  };
  const handlers = createIpcHandlers({
    dialog: parented,
    files: nodeFiles,
    folder: fileBackupFolderMemory(join(app.getPath('userData'), 'backup-folder.json')),
    defaultFolder: app.getPath('documents'),
    appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
  });
  registerIpcHandlers(handlers, () => getWindow()?.webContents ?? null);
}

export function registerIpcHandlers(handlers: IpcHandlerMap, ourContents: () => unknown): void {
  const register = <K extends IpcChannel>(channel: K) =>
    ipcMain.handle(channel, guardIpcHandler(channel, handlers[channel], ourContents));
  for (const channel of Object.keys(ipcContract) as IpcChannel[]) register(channel);
}
