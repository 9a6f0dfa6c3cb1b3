import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectElectronRuntime } from './electron-runtime';
import { serveStatic, type StaticServer } from './serve-static';

const root = join(import.meta.dirname, '..');

function run(script: string): void {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** PORT as a TCP port; anything else (unset, not a number, out of range) means "any free port". */
export function parsePort(value: string | undefined): number {
  const port = Number(value ?? 0);
  return Number.isInteger(port) && port >= 0 && port <= 65_535 ? port : 0;
}

/** Web mode: serves the built renderer on 127.0.0.1 and prints the one line telling where. */
export async function startWebMode(
  rendererDir: string,
  port: number,
  reason: string,
  log: (line: string) => void = console.log,
): Promise<StaticServer> {
  const served = await serveStatic(rendererDir, port);
  log(`Electron runtime not found (${reason}): open ${served.url} in a browser.`);
  return served;
}

async function main(): Promise<void> {
  const runtime = detectElectronRuntime(join(root, 'node_modules', 'electron'));
  if (runtime.available) {
    run('build');
    const child = spawn(runtime.executable, [root], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  // CBR_DIST names an already built renderer (as for the browser tests): serve it without building
  const prebuilt = process.env.CBR_DIST;
  if (!prebuilt) run('build:renderer');
  await startWebMode(
    prebuilt ?? join(root, 'dist', 'renderer'),
    parsePort(process.env.PORT),
    runtime.reason,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
