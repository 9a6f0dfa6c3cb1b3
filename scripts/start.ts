import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { detectElectronRuntime } from './electron-runtime';
import { serveStatic } from './serve-static';

const root = join(import.meta.dirname, '..');

function run(script: string): void {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main(): Promise<void> {
  const runtime = detectElectronRuntime(join(root, 'node_modules', 'electron'));
  if (runtime.available) {
    run('build');
    const child = spawn(runtime.executable, [root], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  run('build:renderer');
  const port = Number(process.env.PORT ?? 0);
  const { url } = await serveStatic(
    join(root, 'dist', 'renderer'),
    Number.isFinite(port) ? port : 0,
  );
  console.log(`Electron runtime not found (${runtime.reason}): open ${url} in a browser.`);
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
