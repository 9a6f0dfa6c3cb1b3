import { isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST } from '../app-origin';

export type ResolvedAppPath =
  { ok: true; file: string } | { ok: false; status: number; reason: string };

/**
 * Maps an app://bundle/… URL to a file under the renderer folder. Anything that would leave the
 * folder (../, encoded %2F separators, absolute paths, NUL bytes) or names another host is refused.
 */
export function resolveAppPath(root: string, requestUrl: string): ResolvedAppPath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: `not a URL: ${requestUrl}` };
  }
  if (url.host !== APP_HOST) return { ok: false, status: 404, reason: `unknown host ${url.host}` };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: `malformed path ${url.pathname}` };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400, reason: 'NUL byte in path' };
  const inside = pathname.replace(/^[/\\]+/, '') || 'index.html';
  const base = resolve(root);
  const file = resolve(base, inside);
  const fromBase = relative(base, file);
  if (fromBase === '' || fromBase.startsWith('..') || isAbsolute(fromBase)) {
    return { ok: false, status: 403, reason: `outside the app folder: ${pathname}` };
  }
  return { ok: true, file };
}
