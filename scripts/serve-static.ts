import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../shared/security/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Every response carries it, so `npm start` can tell its own server from another program's. */
export const SERVER_HEADER = 'X-Council-Budget-Review';
export const SERVER_HEADER_VALUE = 'web-mode';

export interface StaticServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** The decoded path, or null when its escapes are malformed or it holds a NUL or a backslash. */
export function decodedPath(url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  return /[\0\\]/.test(path) ? null : path;
}

/** Only the loopback names with our own port: a page elsewhere reaching us by DNS rebinding sends its own name. */
export function allowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function refuse(response: ServerResponse, status: number, headers: Record<string, string> = {}) {
  response.writeHead(status, { [SERVER_HEADER]: SERVER_HEADER_VALUE, ...headers }).end();
}

function statOrNull(file: string) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function handler(base: string, port: () => number) {
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      refuse(response, 405, { Allow: 'GET, HEAD' });
      return;
    }
    if (!allowedHost(request.headers.host, port())) {
      refuse(response, 403);
      return;
    }
    const path = decodedPath(request.url ?? '/');
    if (path === null) {
      refuse(response, 400);
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base + sep) && file !== base) {
      refuse(response, 403);
      return;
    }
    let stat = statOrNull(file);
    if (!stat || stat.isDirectory()) {
      file = join(base, 'index.html');
      stat = statOrNull(file);
    }
    if (!stat) {
      response
        .writeHead(404, { [SERVER_HEADER]: SERVER_HEADER_VALUE })
        .end('not built: run npm run build:renderer');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
      [SERVER_HEADER]: SERVER_HEADER_VALUE,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };
}

/**
 * Serves the built renderer on 127.0.0.1 only, with the app's CSP; unknown paths fall back to
 * index.html. GET and HEAD only, and only for a Host naming this loopback port.
 */
export function serveStatic(root: string, port = 0): Promise<StaticServer> {
  // resolve() drops a trailing slash, which would otherwise make every file look outside the root
  const base = resolve(root);
  let actualPort = port;
  const server = createServer(handler(base, () => actualPort));
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      actualPort = typeof address === 'object' && address ? address.port : port;
      done({
        server,
        url: `http://127.0.0.1:${actualPort}/`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
