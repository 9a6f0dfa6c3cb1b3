import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../app-origin';
import type { WindowStateStore } from '../window/window-state-store';

export const WINDOW_TITLE = '의회 예산검토';
const DEFAULT_SIZE = { width: 1280, height: 860 };

export interface MainWindowOptions {
  preload: string;
  devTools: boolean;
  state: WindowStateStore;
}

/**
 * The main window. Its renderer gets no Node, runs sandboxed and isolated from the preload; the
 * preferences stay an inline literal so Electronegativity can read them.
 */
export function setupWindow({ preload, devTools, state }: MainWindowOptions): BrowserWindow {
  const saved = state.load();
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    ...DEFAULT_SIZE,
    ...(saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : {}),
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
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
      devTools,
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    state.save({ x, y, width, height, maximized: window.isMaximized() });
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
