import * as electron from 'electron';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../electron/protocol/app-protocol-handler';
import { resolveAppPath } from '../../electron/protocol/resolve-app-path';
import { registerAppScheme } from '../../electron/setup/protocol';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/csp';
import type { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());
const fake = electron as unknown as ReturnType<typeof fakeElectron>;

const root = resolve('/opt/cbr/dist/renderer');

describe('resolveAppPath', () => {
  it('maps our URLs to files under the renderer folder', () => {
    expect(resolveAppPath(root, 'app://bundle/index.html')).toEqual({
      ok: true,
      file: join(root, 'index.html'),
    });
    expect(resolveAppPath(root, 'app://bundle/')).toEqual({
      ok: true,
      file: join(root, 'index.html'),
    });
    expect(resolveAppPath(root, 'app://bundle/assets/%ED%95%9C.js?v=1#x')).toEqual({
      ok: true,
      file: join(root, 'assets', '한.js'),
    });
  });

  it.each([
    'app://bundle/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/..%2F..%2Fetc%2Fpasswd',
    'app://bundle/assets/..%2F..%2F..%2Fsecret',
    'app://bundle/..%5C..%5Cwindows%5Cwin.ini',
  ])('never resolves %s to a file outside the renderer folder', (url) => {
    // the URL parser folds a plain or %2e ../ back inside; an encoded separator is refused with 403
    const resolved = resolveAppPath(root, url);
    expect(resolved.ok ? resolved.file.startsWith(root + '/') : resolved.status === 403).toBe(true);
  });

  it('refuses an encoded ../ that would leave the folder', () => {
    expect(resolveAppPath(root, 'app://bundle/..%2F..%2Fetc%2Fpasswd')).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('refuses other hosts, NUL bytes and malformed escapes', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppPath(root, 'app://bundle/a%00.html')).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(resolveAppPath(root, 'app://bundle/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('the app:// handler', () => {
  const files: Record<string, string> = {
    [join(root, 'index.html')]: '<!doctype html><title>의회 예산검토</title>',
    [join(root, 'assets', 'app.js')]: 'console.log(1)',
  };
  const handler = createAppProtocolHandler(root, async (file) => {
    const text = files[file];
    if (text === undefined) throw new Error('ENOENT');
    return new TextEncoder().encode(text);
  });

  it('serves index.html with its MIME type and the app CSP', async () => {
    const response = await handler(new Request('app://bundle/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(await response.text()).toContain('의회 예산검토');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handler(new Request('app://bundle/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 403 to a path traversal without reading anything outside', async () => {
    const response = await handler(new Request('app://bundle/..%2F..%2Fetc%2Fpasswd'));
    expect(response.status).toBe(403);
  });

  it('answers 404 to a missing file and 405 to a POST', async () => {
    expect((await handler(new Request('app://bundle/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://bundle/index.html', { method: 'POST' }))).status).toBe(
      405,
    );
  });
});

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme that module scripts and fetch can load from', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: true,
          stream: true,
          codeCache: true,
        },
      },
    ]);
  });
});
