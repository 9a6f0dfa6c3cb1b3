import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

export type { PickedFile, Platform } from './platform';
export { readPicked } from './browser-files';

/** Electron when the preload exposed window.cbr, otherwise the plain browser. */
export const platform: Platform = window.cbr
  ? createElectronPlatform(window.cbr)
  : createBrowserPlatform();
