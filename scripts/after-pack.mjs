// @ts-check
// electron-builder afterPack hook: flips Electron's fuses in the packed binary, before signing.
import fuses from '@electron/fuses';
import { join } from 'node:path';

const { flipFuses, FuseVersion, FuseV1Options } = fuses;

/** Features compiled into Electron that this app never needs, switched off for good. */
export function fuseSettings() {
  return {
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/**
 * Where electron-builder put the app's Electron binary.
 * @param {{ appOutDir: string, electronPlatformName: string,
 *   packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
export function packedExecutablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${name}.app`);
    case 'win32':
      return join(appOutDir, `${name}.exe`);
    default:
      return join(appOutDir, packager.executableName ?? name);
  }
}

/** @param {{ appOutDir: string, electronPlatformName: string, arch: number,
 *   packager: { appInfo: { productFilename: string }, executableName?: string } }} context */
export default async function afterPack(context) {
  const executable = packedExecutablePath(context);
  // arm64 macOS refuses to run a binary whose ad-hoc signature no longer matches (Arch.arm64 = 3)
  const isArmMac = context.electronPlatformName === 'darwin' && context.arch === 3;
  await flipFuses(executable, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: isArmMac,
    ...fuseSettings(),
  });
  console.log(`  • fuses flipped in ${executable}`);
}
