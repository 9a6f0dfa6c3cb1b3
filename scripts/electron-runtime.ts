import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronRuntime =
  { available: true; executable: string } | { available: false; reason: string };

/**
 * Finds the Electron binary without `require('electron')`, which throws (and on first use tries to
 * download) when the binary is missing. The npm package records the binary's path in path.txt once
 * its install script has fetched it; ELECTRON_OVERRIDE_DIST_PATH points at a system-wide install.
 */
export function detectElectronRuntime(
  packageDir: string,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): ElectronRuntime {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = join(override, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return exists(executable)
      ? { available: true, executable }
      : {
          available: false,
          reason: `ELECTRON_OVERRIDE_DIST_PATH has no electron binary (${executable})`,
        };
  }
  if (!exists(join(packageDir, 'package.json'))) {
    return { available: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!exists(pathFile)) {
    return { available: false, reason: 'the Electron runtime was not downloaded (no path.txt)' };
  }
  const executable = join(packageDir, 'dist', read(pathFile).trim());
  return exists(executable)
    ? { available: true, executable }
    : { available: false, reason: `the Electron binary is missing (${executable})` };
}
