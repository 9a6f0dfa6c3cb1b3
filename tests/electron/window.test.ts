import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupWindow, WINDOW_TITLE } from '../../electron/setup/window';
import type { WindowState } from '../../electron/window/window-state';
import { FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

function stateStore(saved: WindowState | null) {
  return { load: vi.fn(() => saved), save: vi.fn() };
}

function createWindow(saved: WindowState | null = null, devTools = false) {
  const state = stateStore(saved);
  const window = setupWindow({ preload: '/app/dist-electron/preload.cjs', devTools, state });
  return { window: window as unknown as FakeBrowserWindow, state };
}

afterEach(() => {
  FakeBrowserWindow.created.length = 0;
});

describe('the main window', () => {
  it('is created with exactly the secure web preferences', () => {
    const { window } = createWindow();
    expect(window.options.webPreferences).toStrictEqual({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('enables devtools only when asked to (development)', () => {
    const { window } = createWindow(null, true);
    expect(window.options.webPreferences).toMatchObject({ devTools: true, sandbox: true });
  });

  it('loads the renderer from app://, not file://, with the Korean title', () => {
    const { window } = createWindow();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://bundle/index.html');
    expect(window.options.title).toBe(WINDOW_TITLE);
  });

  it('uses the default size when no state was saved', () => {
    const { window } = createWindow();
    expect(window.options).toMatchObject({ width: 1280, height: 860 });
    expect(window.options).not.toHaveProperty('x');
  });

  it('restores the saved size, position and maximized state', () => {
    const { window } = createWindow({ x: 40, y: 50, width: 1500, height: 900, maximized: true });
    expect(window.options).toMatchObject({ x: 40, y: 50, width: 1500, height: 900 });
    expect(window.maximize).toHaveBeenCalledOnce();
  });

  it('remembers its normal bounds when closed', () => {
    const { window, state } = createWindow();
    window.isMaximized.mockReturnValue(true);
    window.emit('close');
    expect(state.save).toHaveBeenCalledWith({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('shows itself only once ready to show', () => {
    const { window } = createWindow();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });
});
