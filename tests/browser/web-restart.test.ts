import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/serve-static';
import { startWebMode } from '../../scripts/start';
import { distDir, launchProfile, originGuard } from './harness';

/** a port nobody listens on now (the test does not take 43127: other runs may hold it) */
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

const profile = mkdtempSync(join(tmpdir(), 'cbr-profile-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

/** npm start's web mode on `port`, and the same browser profile opened on it */
async function start(port: number) {
  const server = (await startWebMode(
    distDir(),
    port,
    'browser test',
    () => undefined,
  )) as StaticServer;
  expect(server.url).toBe(`http://127.0.0.1:${port}/`);
  const context: BrowserContext = await launchProfile(profile);
  const guard = originGuard(server.url);
  const page = context.pages()[0] ?? (await context.newPage());
  guard.watch(page);
  await page.goto(`${server.url}#/library`);
  return {
    page,
    async stop() {
      try {
        await context.close();
      } finally {
        await server.close();
      }
      guard.check();
    },
  };
}

describe('web mode across a restart', () => {
  it('shows the same library after the server and the browser stop and start on the same port', async () => {
    const port = await freePort();
    const first = await start(port);
    await first.page.getByRole('button', { name: '예시 자료 열기' }).click();
    await first.page.getByRole('button', { name: '가져오기 확인' }).click();
    await first.page.waitForURL(/#\/review/);
    await first.page.getByRole('link', { name: '자료실', exact: true }).click();
    const rows = first.page.getByRole('table', { name: '가져온 문서' }).locator('tbody tr');
    await rows.first().waitFor();
    const imported = await rows.first().innerText();
    await first.stop();

    const second = await start(port);
    const again = second.page.getByRole('table', { name: '가져온 문서' }).locator('tbody tr');
    await again.first().waitFor();
    await expect(again.count()).resolves.toBe(1);
    expect(await again.first().innerText()).toBe(imported);
    await second.stop();
  });
});
