import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectElectronRuntime } from '../../../scripts/electron-runtime';

const pkg = '/project/node_modules/electron';
const binaryName = process.platform === 'win32' ? 'electron.exe' : 'electron';

function detect(files: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  return detectElectronRuntime(
    pkg,
    env,
    (path) => path in files,
    (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT ${path}`);
      return text;
    },
  );
}

describe('detectElectronRuntime', () => {
  it('reports a missing electron package', () => {
    expect(detect({})).toEqual({
      available: false,
      reason: 'the electron package is not installed',
    });
  });

  it('reports a package whose binary was never downloaded (no path.txt)', () => {
    expect(detect({ [join(pkg, 'package.json')]: '{}' })).toEqual({
      available: false,
      reason: 'the Electron runtime was not downloaded (no path.txt)',
    });
  });

  it('reports a path.txt naming a binary that is not there', () => {
    const result = detect({
      [join(pkg, 'package.json')]: '{}',
      [join(pkg, 'path.txt')]: 'electron',
    });
    expect(result.available).toBe(false);
    expect(result).toMatchObject({ reason: expect.stringContaining('binary is missing') });
  });

  it('finds the downloaded binary named in path.txt', () => {
    const executable = join(pkg, 'dist', 'electron');
    expect(
      detect({
        [join(pkg, 'package.json')]: '{}',
        [join(pkg, 'path.txt')]: 'electron\n',
        [executable]: '',
      }),
    ).toEqual({ available: true, executable });
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, with or without a binary there', () => {
    const override = '/opt/electron';
    const executable = join(override, binaryName);
    expect(detect({ [executable]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({
      available: true,
      executable,
    });
    const missing = detect(
      {
        [join(pkg, 'package.json')]: '{}',
        [join(pkg, 'path.txt')]: 'electron',
        [join(pkg, 'dist', 'electron')]: '',
      },
      { ELECTRON_OVERRIDE_DIST_PATH: override },
    );
    expect(missing).toMatchObject({
      available: false,
      reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH'),
    });
  });
});
