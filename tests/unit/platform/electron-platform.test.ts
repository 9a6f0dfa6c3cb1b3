import { describe, expect, it, vi } from 'vitest';
import { createElectronPlatform } from '../../../renderer/src/platform/electron-platform';
import { ipcErrorMessage } from '../../../renderer/src/platform/ipc-error';
import type { IpcApi } from '../../../shared/ipc-contract';

function fakeApi(results: Record<string, unknown>) {
  const invoke = vi.fn(async (channel: string) => {
    const result = results[channel];
    if (result instanceof Error) throw result;
    return result;
  });
  return {
    api: { invoke, onMenuCommand: vi.fn(() => () => undefined) } as unknown as IpcApi,
    invoke,
  };
}

describe('the Electron platform', () => {
  it('maps print results to saved or cancelled', async () => {
    const { api, invoke } = fakeApi({ 'pdf:print': { saved: true, path: '/d/a.pdf' } });
    const options = { title: '브리핑', suggestedName: 'a.pdf', landscape: false };
    await expect(createElectronPlatform(api).printToPdf(options)).resolves.toBe('saved');
    expect(invoke).toHaveBeenCalledWith('pdf:print', options);
    const cancelled = fakeApi({ 'pdf:print': { saved: false } }).api;
    await expect(createElectronPlatform(cancelled).printToPdf(options)).resolves.toBe('cancelled');
  });

  it('sends open options as the contract expects', async () => {
    const { api, invoke } = fakeApi({ 'dialog:openFiles': [] });
    await createElectronPlatform(api).openFiles({ accept: ['.txt'], multiple: true });
    expect(invoke).toHaveBeenCalledWith('dialog:openFiles', { accept: ['.txt'], multiple: true });
  });

  it("shows main's message without Electron's wrapping", async () => {
    const wrapped = new Error(
      "Error invoking remote method 'file:save': Error: file:save: a.csv is 300 MB; the limit is 200 MB",
    );
    const { api } = fakeApi({ 'file:save': wrapped });
    await expect(createElectronPlatform(api).saveFile('a.csv', 'x')).rejects.toThrow(
      /^file:save: a.csv is 300 MB; the limit is 200 MB$/,
    );
  });

  it('returns null when choosing a backup folder is cancelled', async () => {
    const { api } = fakeApi({ 'backup:chooseFolder': {} });
    await expect(createElectronPlatform(api).chooseBackupFolder?.()).resolves.toBeNull();
  });

  it('leaves other error messages as they are', () => {
    expect(ipcErrorMessage(new Error('plain'))).toBe('plain');
    expect(ipcErrorMessage('text')).toBe('text');
  });
});

describe('saving through Electron', () => {
  it("offers the suggested name's extension as the save dialog's filter", async () => {
    const { api, invoke } = fakeApi({ 'file:save': { saved: true, path: '/d/a.csv' } });
    await expect(createElectronPlatform(api).saveFile('질의 목록.csv', 'a,b')).resolves.toBe(true);
    expect(invoke).toHaveBeenCalledWith('file:save', {
      suggestedName: '질의 목록.csv',
      data: 'a,b',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  });
});
