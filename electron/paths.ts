import { join } from 'node:path';

/** Where the packaged files live, relative to app.getAppPath() (the folder or asar holding package.json). */
export interface AppPaths {
  rendererRoot: string;
  preload: string;
}

export function appPaths(appPath: string): AppPaths {
  return {
    rendererRoot: join(appPath, 'dist', 'renderer'),
    preload: join(appPath, 'dist-electron', 'preload.cjs'),
  };
}
