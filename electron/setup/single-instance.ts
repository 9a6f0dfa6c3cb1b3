import { app, type BrowserWindow } from 'electron';

/**
 * One running copy only (two copies would share one IndexedDB). Returns false when another copy
 * holds the lock: the caller quits, and the first copy brings its window forward.
 */
export function setupSingleInstance(getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
