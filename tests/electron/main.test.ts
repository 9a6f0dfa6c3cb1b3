import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../../shared/ipc-contract';
import { FakeBrowserWindow, type fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

type Fake = ReturnType<typeof fakeElectron>;

async function startMain(prepare: (fake: Fake) => void = () => undefined): Promise<Fake> {
  const fake = (await import('electron')) as unknown as Fake;
  prepare(fake);
  await import('../../electron/main');
  await fake.app.whenReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return fake;
}

beforeEach(async () => {
  vi.resetModules();
  vi.clearAllMocks();
  FakeBrowserWindow.created.length = 0;
  ((await import('electron')) as unknown as Fake).BrowserWindow.created.length = 0;
});

describe('electron/main', () => {
  it('registers app:// before ready, then serves it, builds the menu and opens one window', async () => {
    let schemeRegisteredBeforeReady = false;
    const fake = await startMain((electron) => {
      electron.app.whenReady.mockImplementationOnce(() => {
        schemeRegisteredBeforeReady =
          electron.protocol.registerSchemesAsPrivileged.mock.calls.length === 1;
        return Promise.resolve();
      });
    });
    expect(schemeRegisteredBeforeReady).toBe(true);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(fake.BrowserWindow.created).toHaveLength(1);
    expect(fake.BrowserWindow.created[0]?.options.webPreferences).toMatchObject({
      preload: '/fake/app/dist-electron/preload.cjs',
      sandbox: true,
      devTools: false,
    });
  });

  it('hardens the default session and handles every contract channel', async () => {
    const fake = await startMain();
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    const channels = fake.ipcMain.handle.mock.calls.map((call) => call[0]);
    expect(channels.sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it('quits without opening a window when another copy is running', async () => {
    const fake = await startMain((electron) =>
      electron.app.requestSingleInstanceLock.mockReturnValueOnce(false),
    );
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.BrowserWindow.created).toHaveLength(0);
  });
});
