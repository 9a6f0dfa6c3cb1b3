import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectElectronRuntime } from './electron-runtime';
import { SERVER_HEADER, SERVER_HEADER_VALUE, serveStatic, type StaticServer } from './serve-static';

const root = join(import.meta.dirname, '..');

function run(script: string): void {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Web mode's fixed port. IndexedDB belongs to an origin and the origin includes the port: the same
 * port on every start is what keeps the library across restarts.
 */
export const DEFAULT_PORT = 43127;

/** PORT as a TCP port: unset means DEFAULT_PORT, 0 any free port (a fresh, empty library). */
export function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (Number.isInteger(port) && port >= 0 && port <= 65_535) return port;
  throw new Error(`PORT=${value} is not a port number (1–65535).`);
}

/** Whether the server on this port is ours (a web mode already running), by its marker header. */
export async function isOwnServer(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'HEAD',
      signal: AbortSignal.timeout(2_000),
    });
    return response.headers.get(SERVER_HEADER) === SERVER_HEADER_VALUE;
  } catch {
    return false;
  }
}

const inUse = (error: unknown) =>
  error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE';

/**
 * Web mode: serves the built renderer on 127.0.0.1 and prints the one line telling where. When our
 * own server already holds the port it prints that one's address and resolves null; another
 * program on the port is an error naming PORT (moving to another port would show an empty library).
 */
export async function startWebMode(
  rendererDir: string,
  port: number,
  reason: string,
  log: (line: string) => void = console.log,
): Promise<StaticServer | null> {
  let served: StaticServer;
  try {
    served = await serveStatic(rendererDir, port);
  } catch (error) {
    if (!inUse(error)) throw error;
    if (await isOwnServer(port)) {
      log(
        `Council Budget Review is already running in web mode: open http://127.0.0.1:${port}/ in a browser.`,
      );
      return null;
    }
    throw new Error(
      `port ${port} is in use by another program. Stop that program, or start on another port ` +
        `with PORT=<number> npm start (the library is kept per port: another port starts empty).`,
      { cause: error },
    );
  }
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
  // read PORT before building: a wrong value should not cost a build
  const port = parsePort(process.env.PORT);
  // CBR_DIST names an already built renderer (as for the browser tests): serve it without building
  const prebuilt = process.env.CBR_DIST;
  if (!prebuilt && !(port !== 0 && (await isOwnServer(port)))) run('build:renderer');
  await startWebMode(prebuilt ?? join(root, 'dist', 'renderer'), port, runtime.reason);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
