import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/csp';
import { mimeTypeFor } from './mime-types';
import { resolveAppPath } from './resolve-app-path';

export type ReadFile = (file: string) => Promise<Uint8Array>;

/** The app:// handler: serves the built renderer read-only, with the app's CSP on every response. */
export function createAppProtocolHandler(root: string, readFile: ReadFile) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(`method ${request.method} not allowed`, { status: 405 });
    }
    const resolved = resolveAppPath(root, request.url);
    if (!resolved.ok) return new Response(resolved.reason, { status: resolved.status });
    let body: Uint8Array;
    try {
      body = await readFile(resolved.file);
    } catch {
      return new Response(`not found: ${new URL(request.url).pathname}`, { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : new Blob([new Uint8Array(body)]), {
      status: 200,
      headers: {
        'Content-Type': mimeTypeFor(resolved.file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
