import * as electron from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardIpcHandler } from '../../electron/ipc/guard';
import type { IpcHandlerMap } from '../../electron/ipc/handlers';
import { registerIpcHandlers } from '../../electron/setup/ipc';
import { ipcContract } from '../../shared/ipc-contract';
import type { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());
const fake = electron as unknown as ReturnType<typeof fakeElectron>;

const ourContents = { id: 1 };
const fromOurWindow = { sender: ourContents, senderFrame: { url: 'app://bundle/index.html' } };

function guardedSave(handler = vi.fn(async () => ({ saved: true, path: '/docs/a.txt' }))) {
  return { handler, call: guardIpcHandler('file:save', handler, () => ourContents) };
}

describe('an IPC handler behind the guard', () => {
  it('runs for our own window with valid arguments, receiving the parsed arguments', async () => {
    const { handler, call } = guardedSave();
    await expect(call(fromOurWindow, { suggestedName: 'a.txt', data: 'x' })).resolves.toEqual({
      saved: true,
      path: '/docs/a.txt',
    });
    expect(handler).toHaveBeenCalledWith(
      { suggestedName: 'a.txt', data: 'x' },
      { sender: ourContents },
    );
  });

  it('rejects a call from another web contents', async () => {
    const { handler, call } = guardedSave();
    const foreign = { sender: { id: 2 }, senderFrame: { url: 'app://bundle/index.html' } };
    await expect(call(foreign, { suggestedName: 'a.txt', data: 'x' })).rejects.toThrow(
      "file:save: refused, the call did not come from the app's own window",
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a call from our window when its frame shows a foreign origin', async () => {
    const { handler, call } = guardedSave();
    for (const url of ['https://example.com/', 'file:///tmp/x.html', 'app://other/']) {
      await expect(call({ sender: ourContents, senderFrame: { url } }, {})).rejects.toThrow(
        /refused/,
      );
    }
    await expect(call({ sender: ourContents, senderFrame: null }, {})).rejects.toThrow(/refused/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects while there is no main window', async () => {
    const call = guardIpcHandler('app:info', vi.fn(), () => null);
    await expect(call({ sender: null, senderFrame: { url: 'app://bundle/' } }, {})).rejects.toThrow(
      /refused/,
    );
  });

  it('rejects bad arguments with a message naming the channel and the field', async () => {
    const { handler, call } = guardedSave();
    const rejection = call(fromOurWindow, { suggestedName: '', data: 42 });
    await expect(rejection).rejects.toThrow(/^file:save: invalid arguments:/);
    await expect(rejection).rejects.toThrow(/suggestedName/);
    await expect(rejection).rejects.toThrow(/data/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects unknown extra fields and non-object arguments', async () => {
    const { call } = guardedSave();
    await expect(
      call(fromOurWindow, { suggestedName: 'a', data: 'x', path: '/etc/passwd' }),
    ).rejects.toThrow(/invalid arguments/);
    await expect(call(fromOurWindow, undefined)).rejects.toThrow(/invalid arguments/);
    await expect(call(fromOurWindow, 'a.txt')).rejects.toThrow(/invalid arguments/);
  });

  it('turns a failing handler into a rejection and keeps serving later calls', async () => {
    const handler = vi
      .fn()
      .mockRejectedValueOnce(new Error('disk full'))
      .mockResolvedValueOnce({ saved: false });
    const { call } = guardedSave(handler);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(call(fromOurWindow, { suggestedName: 'a', data: 'x' })).rejects.toThrow(
      'file:save: disk full',
    );
    await expect(call(fromOurWindow, { suggestedName: 'a', data: 'x' })).resolves.toEqual({
      saved: false,
    });
  });
});

describe('registerIpcHandlers', () => {
  it('registers one guarded handler for every channel of the contract', async () => {
    const handlers = Object.fromEntries(
      Object.keys(ipcContract).map((channel) => [channel, vi.fn(async () => ({}))]),
    ) as unknown as IpcHandlerMap;
    registerIpcHandlers(handlers, () => ourContents);
    const registered = fake.ipcMain.handle.mock.calls.map((call) => call[0]);
    expect(registered.sort()).toEqual(Object.keys(ipcContract).sort());
    const appInfo = fake.ipcMain.handle.mock.calls.find((call) => call[0] === 'app:info')?.[1] as (
      event: unknown,
      args: unknown,
    ) => Promise<unknown>;
    await expect(
      appInfo({ sender: {}, senderFrame: { url: 'app://bundle/' } }, {}),
    ).rejects.toThrow(/refused/);
  });
});
