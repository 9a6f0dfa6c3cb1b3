import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuseSettings, packedExecutablePath } from '../../../scripts/after-pack.mjs';

const context = (electronPlatformName: string) => ({
  appOutDir: '/release/unpacked',
  electronPlatformName,
  packager: {
    appInfo: { productFilename: 'Council Budget Review' },
    executableName: 'council-budget-review',
  },
});

describe('the afterPack fuses', () => {
  it('switches off running as Node, NODE_OPTIONS, --inspect and file:// privileges', () => {
    const settings = fuseSettings();
    expect(settings[FuseV1Options.RunAsNode]).toBe(false);
    expect(settings[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(settings[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(settings[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('switches on asar integrity, asar-only loading and cookie encryption', () => {
    const settings = fuseSettings();
    expect(settings[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(settings[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(settings[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('finds the packed binary on each platform', () => {
    expect(packedExecutablePath(context('win32'))).toBe(
      '/release/unpacked/Council Budget Review.exe',
    );
    expect(packedExecutablePath(context('darwin'))).toBe(
      '/release/unpacked/Council Budget Review.app',
    );
    expect(packedExecutablePath(context('linux'))).toBe('/release/unpacked/council-budget-review');
  });
});
