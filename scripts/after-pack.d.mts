import type { FuseV1Options } from '@electron/fuses';

export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch?: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

export function fuseSettings(): Record<FuseV1Options, boolean | undefined>;
export function packedExecutablePath(context: PackContext): string;
export default function afterPack(context: PackContext & { arch: number }): Promise<void>;
