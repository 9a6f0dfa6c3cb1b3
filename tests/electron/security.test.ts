import * as electron from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, setupSecurity } from '../../electron/setup/security';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/csp';
import { fakeSession, FakeWebContents, type fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());
const fake = electron as unknown as ReturnType<typeof fakeElectron>;

function navigate(contents: FakeWebContents, eventName: string, url: string) {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(eventName, event);
  return event.preventDefault;
}

function hardened() {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as electron.WebContents);
  return contents;
}

describe('web contents hardening', () => {
  it('prevents a navigation to another origin', () => {
    expect(navigate(hardened(), 'will-navigate', 'https://example.com/')).toHaveBeenCalledOnce();
  });

  it('prevents navigations to file:// and to a look-alike app:// host', () => {
    const contents = hardened();
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(navigate(contents, 'will-navigate', 'app://evil/index.html')).toHaveBeenCalled();
    expect(navigate(contents, 'will-navigate', 'not a url')).toHaveBeenCalled();
  });

  it('allows a navigation within our own origin', () => {
    expect(
      navigate(hardened(), 'will-navigate', 'app://bundle/index.html#/review'),
    ).not.toHaveBeenCalled();
  });

  it('prevents a redirect to another origin', () => {
    expect(navigate(hardened(), 'will-redirect', 'http://127.0.0.1:9/')).toHaveBeenCalledOnce();
  });

  it('denies window.open, even for our own origin', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'app://bundle/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it('refuses to attach a webview', () => {
    const event = { preventDefault: vi.fn() };
    hardened().emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('session hardening', () => {
  function hardenedSession() {
    const session = fakeSession();
    hardenSession(session as unknown as electron.Session);
    return session;
  }

  function requestPermission(permission: string, requestingUrl: string): boolean {
    const handler = hardenedSession().setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    const callback = vi.fn();
    handler({}, permission, callback, { requestingUrl });
    expect(callback).toHaveBeenCalledOnce();
    return callback.mock.calls[0]?.[0] as boolean;
  }

  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'fullscreen',
  ])('denies a %s permission request, even from our own page', (permission) => {
    expect(requestPermission(permission, 'app://bundle/index.html')).toBe(false);
  });

  it('lets only our own page write to the clipboard (the grid copy)', () => {
    expect(requestPermission('clipboard-sanitized-write', 'app://bundle/index.html')).toBe(true);
    expect(requestPermission('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
  });

  it('answers permission checks the same way', () => {
    const check = hardenedSession().setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    expect(check(null, 'clipboard-read', 'app://bundle', {})).toBe(false);
    expect(check(null, 'media', 'app://bundle', {})).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://bundle', {})).toBe(true);
    expect(check(null, 'clipboard-sanitized-write', 'http://127.0.0.1', {})).toBe(false);
  });

  it('adds the app CSP to every response and keeps the other headers', () => {
    const listener = hardenedSession().webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      details: { responseHeaders: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    listener({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER],
      },
    });
    expect(CONTENT_SECURITY_POLICY_HEADER).not.toContain('unsafe-eval');
  });
});

describe('setupSecurity', () => {
  it('hardens every web contents the app creates and the default session once ready', async () => {
    setupSecurity();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
    await fake.app.whenReady();
    await Promise.resolve();
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
  });
});
