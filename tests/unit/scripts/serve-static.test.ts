import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_HEADER, serveStatic, type StaticServer } from '../../../scripts/serve-static';

const SECRET = 'secret outside the served folder';
const INDEX = '<!doctype html><title>app</title>';

/** a raw HTTP request: the path goes out exactly as written (fetch would normalise it first) */
function raw(
  url: string,
  path: string,
  options: { method?: string; host?: string | null } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const sent = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        // null: send no Host header at all
        setHost: false,
        headers: options.host === null ? {} : { host: options.host ?? `127.0.0.1:${port}` },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, headers: response.headers }),
        );
      },
    );
    sent.on('error', reject);
    sent.end();
  });
}

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cbr-serve-'));
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  return root;
}

describe('the static server of web mode', () => {
  let served: StaticServer;
  beforeAll(async () => {
    served = await serveStatic(site());
  });
  afterAll(() => served.close());

  it('serves the app and its assets with the CSP and its own marker header', async () => {
    const index = await raw(served.url, '/');
    expect(index.status).toBe(200);
    expect(index.body).toBe(INDEX);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers[SERVER_HEADER.toLowerCase()]).toBeDefined();
    const asset = await raw(served.url, '/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.body).toBe('console.log(1)');
  });

  it.each([
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/../secret.txt',
    '/secret.txt%00.html',
    '/index.html%00',
  ])('never serves a file outside the folder for %s', async (path) => {
    const response = await raw(served.url, path);
    expect(response.body).not.toContain(SECRET);
    expect([200, 400, 403]).toContain(response.status);
  });

  it('refuses a NUL byte and a backslash in the path with 400', async () => {
    expect((await raw(served.url, '/index.html%00')).status).toBe(400);
    expect((await raw(served.url, '/..%5csecret.txt')).status).toBe(400);
  });

  it.each(['/%', '/%zz', '/assets/%E0%A4%A', '/%C0%AF'])(
    'answers 400 to the malformed escape %s and keeps serving',
    async (path) => {
      expect((await raw(served.url, path)).status).toBe(400);
      expect((await raw(served.url, '/')).status).toBe(200);
    },
  );

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])(
    'refuses %s with 405 and says GET and HEAD are allowed',
    async (method) => {
      const response = await raw(served.url, '/', { method });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    },
  );

  it('answers HEAD like GET without a body', async () => {
    const response = await raw(served.url, '/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
  });

  it('accepts the Host 127.0.0.1:PORT and localhost:PORT only (DNS rebinding)', async () => {
    const port = new URL(served.url).port;
    expect((await raw(served.url, '/', { host: `localhost:${port}` })).status).toBe(200);
    for (const host of [
      `evil.example:${port}`,
      'evil.example',
      `127.0.0.1:${Number(port) + 1}`,
      '127.0.0.1',
      `localhost.evil.example:${port}`,
      null,
    ]) {
      const response = await raw(served.url, '/', { host });
      // Node itself answers 400 to an HTTP/1.1 request without any Host
      expect(response.status, String(host)).toBe(host === null ? 400 : 403);
      expect(response.body).not.toContain(INDEX);
    }
  });
});

describe('the served folder', () => {
  it('may be given with a trailing slash', async () => {
    const served = await serveStatic(`${site()}/`);
    try {
      expect((await raw(served.url, '/assets/app.js')).body).toBe('console.log(1)');
      expect((await raw(served.url, '/index.html')).status).toBe(200);
    } finally {
      await served.close();
    }
  });
});
