import * as electron from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { setupSingleInstance } from '../../electron/setup/single-instance';
import { FakeBrowserWindow, type fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());
const fake = electron as unknown as ReturnType<typeof fakeElectron>;

describe('setupSingleInstance', () => {
  it('reports false when another copy holds the lock', () => {
    fake.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(setupSingleInstance(() => null)).toBe(false);
  });

  it('brings the first window forward when a second copy starts', () => {
    const window = new FakeBrowserWindow({});
    window.isMinimized.mockReturnValue(true);
    expect(setupSingleInstance(() => window as unknown as electron.BrowserWindow)).toBe(true);
    fake.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
