import { contextBridge, ipcRenderer } from 'electron';
import type { IpcApi, IpcChannel, MenuCommand } from '../shared/ipc-contract';

/*
 * Sandboxed preload: it forwards the contract's channels and nothing else. Types only are imported
 * from the contract (no zod in the preload bundle); the Record below must list every channel.
 */
const CHANNELS: Record<IpcChannel, true> = {
  'dialog:openFiles': true,
  'file:save': true,
  'pdf:print': true,
  'app:info': true,
  'backup:chooseFolder': true,
  'backup:write': true,
};
const MENU_COMMAND_CHANNEL = 'menu:command';
const MENU_COMMANDS: Record<MenuCommand, true> = { 'import-report': true };

const api = {
  invoke: (channel, args) => {
    if (!Object.hasOwn(CHANNELS, channel)) {
      return Promise.reject(new Error(`unknown channel ${String(channel)}`));
    }
    return ipcRenderer.invoke(channel, args);
  },
  onMenuCommand: (listener) => {
    const forward = (_event: unknown, command: unknown) => {
      if (typeof command === 'string' && Object.hasOwn(MENU_COMMANDS, command)) {
        listener(command as MenuCommand);
      }
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
} satisfies IpcApi;

contextBridge.exposeInMainWorld('cbr', api);
