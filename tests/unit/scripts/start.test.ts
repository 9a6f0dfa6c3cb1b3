import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../../scripts/serve-static';
import { DEFAULT_PORT, parsePort, startWebMode } from '../../../scripts/start';

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
  it('uses the one fixed default port when PORT is unset, so the library is found again', () => {
    expect(DEFAULT_PORT).toBe(43127);
    expect(parsePort(undefined)).toBe(DEFAULT_PORT);
    expect(parsePort('')).toBe(DEFAULT_PORT);
  });

  it('takes a valid port, 0 as any free port, and refuses anything else naming PORT', () => {
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort('0')).toBe(0);
    expect(() => parsePort('http')).toThrow(/PORT=http is not a port number/);
    expect(() => parsePort('70000')).toThrow(/PORT=70000/);
    expect(() => parsePort('80.5')).toThrow(/PORT=80\.5/);
  });
});

describe('web mode on a port that is taken', () => {
  it('prints the address of our own server already running there instead of moving', async () => {
    const running = await serveStatic(builtRenderer(), 0);
    const port = Number(new URL(running.url).port);
    const lines: string[] = [];
    try {
      await expect(
        startWebMode(builtRenderer(), port, 'none', (line) => lines.push(line)),
      ).resolves.toBeNull();
      expect(lines).toEqual([
        `Council Budget Review is already running in web mode: open http://127.0.0.1:${port}/ in a browser.`,
      ]);
    } finally {
      await running.close();
    }
  });

  it('says another program holds the port and names PORT, never moving silently', async () => {
    const other = createHttpServer((_request, response) => response.end('someone else'));
    await new Promise<void>((listening) => other.listen(0, '127.0.0.1', listening));
    const address = other.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const lines: string[] = [];
    try {
      await expect(
        startWebMode(builtRenderer(), port, 'none', (line) => lines.push(line)),
      ).rejects.toThrow(new RegExp(`port ${port} is in use by another program.*PORT=`));
      expect(lines).toEqual([]);
    } finally {
      await new Promise((closed) => other.close(closed));
    }
  });
});

describe('web mode', () => {
  it('prints one line with the reason and the address, and serves index.html there', async () => {
    const lines: string[] = [];
    const served = await startWebMode(builtRenderer(), 0, 'no path.txt', (line) =>
      lines.push(line),
    );
    try {
      if (!served) throw new Error('web mode did not start');
      expect(lines).toEqual([
        `Electron runtime not found (no path.txt): open ${served.url} in a browser.`,
      ]);
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const response = await fetch(served.url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
    } finally {
      await served?.close();
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
