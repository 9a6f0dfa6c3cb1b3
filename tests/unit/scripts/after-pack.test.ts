import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import afterPack, { fuseSettings, packedExecutablePath } from '../../../scripts/after-pack.mjs';

/** Electron's fuse wire: a sentinel, then version, length and one ASCII '0'/'1' per fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FuseState = { DISABLE: 48, ENABLE: 49 } as const;

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

describe('afterPack on a packed binary', () => {
  it('flips the fuse wire in the binary electron-builder produced', async () => {
    const appOutDir = mkdtempSync(join(tmpdir(), 'cbr-fuses-'));
    // a stand-in for Electron: the fuse sentinel, wire version 1, 8 fuses in their shipped state
    const shipped = [49, 48, 49, 49, 48, 48, 48, 49];
    writeFileSync(
      join(appOutDir, 'council-budget-review'),
      Buffer.concat([Buffer.from('ELF…'), Buffer.from(SENTINEL), Buffer.from([1, 8, ...shipped])]),
    );
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await afterPack({ ...context('linux'), appOutDir, arch: 1 });
    const wire = await getCurrentFuseWire(join(appOutDir, 'council-budget-review'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.DISABLE);
  });
});
