import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumPresent } from '../../support/chromium';
import { corpusPresent } from '../../support/corpus';

const ci = process.env.CI;
afterEach(() => {
  if (ci === undefined) delete process.env.CI;
  else process.env.CI = ci;
  vi.restoreAllMocks();
});

describe('what a CI run may not skip', () => {
  it('fails on a missing corpus folder under CI=true, and skips with a reason otherwise', () => {
    process.env.CI = 'true';
    expect(() => corpusPresent('no-such-folder', 'corpus check')).toThrow(
      /corpus check: .*no-such-folder is absent \(CI=true requires the corpus\)/,
    );
    delete process.env.CI;
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(corpusPresent('no-such-folder', 'corpus check')).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^\[skipped\] corpus check: /));
  });

  it('fails on a missing Chromium under CI=true, and skips with a reason otherwise', () => {
    const absent = { error: 'No Chromium found in /usr/bin/chromium' };
    process.env.CI = 'true';
    expect(() => chromiumPresent('the PDF pack test', absent)).toThrow(
      /the PDF pack test: No Chromium found .*\(CI=true requires Chromium\)/,
    );
    delete process.env.CI;
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(chromiumPresent('the PDF pack test', absent)).toBe(false);
    expect(log).toHaveBeenCalledWith(
      '[skipped] the PDF pack test: No Chromium found in /usr/bin/chromium',
    );
    expect(chromiumPresent('x', { path: '/usr/bin/chromium' })).toBe(true);
  });
});
