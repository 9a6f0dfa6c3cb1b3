import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** the newest modification time under these folders (sources of the built renderer) */
function newestSource(dirs: readonly string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir);
  return newest;
}

function isStale(dir: string): boolean {
  const built = statSync(join(dir, 'index.html')).mtimeMs;
  return newestSource([join(ROOT, 'renderer'), join(ROOT, 'shared')]) > built;
}

/**
 * The built web app to print with: CBR_DIST as given, else dist/renderer, (re)built with
 * `vite build` when it is missing or older than its sources. Returns an error message when it
 * cannot be had.
 */
export function rendererDist(
  env: Record<string, string | undefined> = process.env,
): { dir: string } | { error: string } {
  if (env.CBR_DIST) {
    return existsSync(join(env.CBR_DIST, 'index.html'))
      ? { dir: env.CBR_DIST }
      : { error: `CBR_DIST에 빌드된 화면이 없습니다: ${env.CBR_DIST} (no index.html there)` };
  }
  const dir = join(ROOT, 'dist', 'renderer');
  if (existsSync(join(dir, 'index.html')) && !isStale(dir)) return { dir };
  process.stderr.write(`인쇄 화면을 빌드합니다 (building the print view): ${dir}\n`);
  const built = spawnSync('npx', ['vite', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status === 0 && existsSync(join(dir, 'index.html'))) return { dir };
  return {
    error: `인쇄 화면을 빌드하지 못했습니다. 'npm run build:renderer'를 먼저 실행하세요. (could not build ${dir})`,
  };
}
