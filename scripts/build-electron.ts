import { build, type BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');

/** Electron 45 runs Node 22 in main; the sandboxed preload can require nothing but 'electron'. */
const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

export async function buildElectron(
  outDir = join(root, 'dist-electron'),
): Promise<{ main: string; preload: string }> {
  const main = join(outDir, 'main.cjs');
  const preload = join(outDir, 'preload.cjs');
  await Promise.all([
    build({ ...common, entryPoints: [join(root, 'electron', 'main.ts')], outfile: main }),
    build({ ...common, entryPoints: [join(root, 'electron', 'preload.ts')], outfile: preload }),
  ]);
  return { main, preload };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildElectron(process.argv[2])
    .then(({ main, preload }) => console.log(`built ${main} and ${preload}`))
    .catch((error: unknown) => {
      console.error(
        `build:electron failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    });
}
