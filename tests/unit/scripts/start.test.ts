import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePort, startWebMode } from '../../../scripts/start';

const root = join(import.meta.dirname, '..', '..', '..');
const INDEX = '<!doctype html><html lang="ko"><title>의회 예산검토</title></html>';

function builtRenderer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cbr-start-'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

describe('parsePort', () => {
  it('takes a valid port and falls back to any free port otherwise', () => {
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort(undefined)).toBe(0);
    expect(parsePort('http')).toBe(0);
    expect(parsePort('70000')).toBe(0);
  });
});

describe('web mode', () => {
  it('prints one line with the reason and the address, and serves index.html there', async () => {
    const lines: string[] = [];
    const served = await startWebMode(builtRenderer(), 0, 'no path.txt', (line) =>
      lines.push(line),
    );
    try {
      expect(lines).toEqual([
        `Electron runtime not found (no path.txt): open ${served.url} in a browser.`,
      ]);
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const response = await fetch(served.url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
    } finally {
      await served.close();
    }
  });

  it('npm start without the Electron runtime serves the app on PORT and prints the address', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'start.ts')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        CBR_DIST: builtRenderer(),
        ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'cbr-no-electron-here'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = /Electron runtime not found.*open (\S+) in a browser\./.exec(output);
          if (found) resolve(found[0]);
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`start exited (${code}): ${output}`)));
      });
      expect(line).toContain(`open http://127.0.0.1:${port}/ in a browser.`);
      const response = await fetch(`http://127.0.0.1:${port}/index.html`);
      expect(await response.text()).toBe(INDEX);
    } finally {
      child.kill();
    }
  });
});
