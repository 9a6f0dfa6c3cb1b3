import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, originGuard } from '../../browser/harness';

/** the one event the guard listens to, on a stand-in for a Playwright page */
function fakePage() {
  let listener: (request: { url(): string }) => void = () => undefined;
  const page = {
    on: (event: string, handler: typeof listener) => {
      if (event === 'request') listener = handler;
    },
  } as unknown as Page;
  return { page, request: (url: string) => listener({ url: () => url }) };
}

describe('the browser tests’ origin guard', () => {
  it('lets the app’s own origin, data: and blob: through and names anything else', () => {
    expect(
      foreignRequests(
        [
          'http://127.0.0.1:43127/assets/app.js',
          'data:image/png;base64,AAAA',
          'blob:http://127.0.0.1:43127/1b2c',
          'http://127.0.0.1:43128/',
          'http://localhost:43127/',
          'https://fonts.googleapis.com/css',
        ],
        'http://127.0.0.1:43127',
      ),
    ).toEqual([
      'http://127.0.0.1:43128/',
      'http://localhost:43127/',
      'https://fonts.googleapis.com/css',
    ]);
  });

  it('fails the check when a watched page requested another origin', () => {
    const guard = originGuard('http://127.0.0.1:43127/');
    const { page, request } = fakePage();
    guard.watch(page);
    request('http://127.0.0.1:43127/index.html');
    expect(() => guard.check()).not.toThrow();
    request('https://example.com/track.gif');
    expect(() => guard.check()).toThrow(
      "requests left the app's origin http://127.0.0.1:43127:\n  https://example.com/track.gif",
    );
  });
});
