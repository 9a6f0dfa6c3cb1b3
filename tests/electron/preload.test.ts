import * as electron from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { IpcApi } from '../../shared/ipc-contract';
import { ipcContract } from '../../shared/ipc-contract';
import type { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());
const fake = electron as unknown as ReturnType<typeof fakeElectron>;

let api: IpcApi;
beforeAll(async () => {
  await import('../../electron/preload');
  api = fake.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as IpcApi;
});

describe('the preload', () => {
  it('exposes exactly one object, as window.cbr', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(fake.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('cbr');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onMenuCommand']);
  });

  it('forwards every contract channel to ipcRenderer.invoke unchanged', async () => {
    for (const channel of Object.keys(ipcContract)) {
      await api.invoke(channel as 'app:info', {});
      expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, {});
    }
  });

  it('refuses a channel outside the contract without calling main', async () => {
    fake.ipcRenderer.invoke.mockClear();
    await expect(api.invoke('shell:openExternal' as 'app:info', {})).rejects.toThrow(
      'unknown channel shell:openExternal',
    );
    await expect(api.invoke('__proto__' as 'app:info', {})).rejects.toThrow(/unknown channel/);
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('passes on known menu commands only, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    fake.ipcRenderer.emit('menu:command', {}, 'import-report');
    fake.ipcRenderer.emit('menu:command', {}, 'format-disk');
    expect(listener).toHaveBeenCalledExactlyOnceWith('import-report');
    unsubscribe();
    fake.ipcRenderer.emit('menu:command', {}, 'import-report');
    expect(listener).toHaveBeenCalledOnce();
  });
});
