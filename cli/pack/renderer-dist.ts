import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The built web app to print with: CBR_DIST, else dist/renderer; built with `vite build` when
 * missing. Returns an error message when it cannot be had.
 */
export function rendererDist(
  env: Record<string, string | undefined> = process.env,
): { dir: string } | { error: string } {
  const dir = env.CBR_DIST ?? join(ROOT, 'dist', 'renderer');
  if (existsSync(join(dir, 'index.html'))) return { dir };
  process.stderr.write(`인쇄 화면이 빌드되어 있지 않아 빌드합니다: ${dir}\n`);
  const built = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status === 0 && existsSync(join(dir, 'index.html'))) return { dir };
  return {
    error: `인쇄 화면을 빌드하지 못했습니다. 'npm run build:renderer'를 먼저 실행하세요. (could not build ${dir})`,
  };
}
