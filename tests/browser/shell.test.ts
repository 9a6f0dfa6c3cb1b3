import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';

describe('the app shell in a browser', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('opens in Korean with the five areas in its navigation', async () => {
    const nav = app.page.getByRole('navigation', { name: '주 메뉴' });
    for (const label of ['자료실', '검토', '비교', '브리핑 자료', '설정']) {
      await expect(nav.getByRole('link', { name: label, exact: true }).count()).resolves.toBe(1);
    }
    await expect(app.page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await expect(app.page.title()).resolves.toBe('의회 예산검토');
    await app.screenshot('shell-ko');
  });

  it('switches to English, and remembers the choice after a reload', async () => {
    await app.page.getByRole('button', { name: 'English' }).click();
    await app.page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    await expect(app.page.getByRole('link', { name: 'Library' }).count()).resolves.toBe(1);
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    await expect(app.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await app.screenshot('shell-en');
  });

  it('shows an empty state that says what will appear in each area', async () => {
    for (const [link, heading] of [
      ['검토', '검토할 자료가 없습니다'],
      ['비교', '비교할 자료가 없습니다'],
    ] as const) {
      await app.page.getByRole('link', { name: link, exact: true }).click();
      await app.page.getByRole('heading', { name: heading }).waitFor();
    }
  });

  it('makes no request outside its own origin and logs no console error', async () => {
    for (const label of ['자료실', '검토', '비교', '브리핑 자료', '설정']) {
      await app.page.getByRole('link', { name: label, exact: true }).click();
    }
    await app.page.waitForLoadState('networkidle');
    const foreign = app.requests.filter(
      (url) => !url.startsWith(app.url) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(app.requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
