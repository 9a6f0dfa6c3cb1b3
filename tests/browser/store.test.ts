import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../renderer/src/db/schema';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';
import { launchBrowser, originGuard } from './harness';

/** The store against Chromium's real IndexedDB: a bundled scenario page, one fresh db per scenario. */
let dir = '';
let server: StaticServer;
let browser: Browser;
let page: Page;
let guard: ReturnType<typeof originGuard>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cbr-store-scenarios-'));
  await build({
    entryPoints: [join(import.meta.dirname, '..', 'bench', 'store-scenarios-page.ts')],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'scenarios.js'),
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><script type="module" src="scenarios.js"></script>',
  );
  server = await serveStatic(dir);
  browser = await launchBrowser();
  page = await browser.newPage();
  guard = originGuard(server.url);
  guard.watch(page);
  await page.goto(server.url);
  await page.waitForFunction(() => 'storeScenarios' in window);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  guard?.check();
});

const run = (name: string) =>
  page.evaluate((scenario) => window.storeScenarios[scenario]!(), name) as Promise<
    Record<string, unknown>
  >;

describe('the store on real IndexedDB (Chromium)', () => {
  it('leaves every table unchanged when an import throws after half its chunks', async () => {
    const result = await run('atomic');
    expect(result).toMatchObject({ unchanged: true, code: 'storage' });
  });

  it('turns a quota error into a clear message and rolls the import back', async () => {
    const result = await run('quota');
    expect(result.unchanged).toBe(true);
    expect(result.code).toBe('quota');
    expect((result.message as { ko: string }).ko).toMatch(/저장 공간이 부족/);
  });

  it('undoes, deletes, and keeps notes that reappear on re-import', async () => {
    expect(await run('deleteUndoAndNotes')).toEqual({
      undoneFile: 'b.txt',
      emptyAfter: true,
      notesKept: 1,
      notesBack: 1,
      log: ['import', 'import', 'undo', 'delete', 'import'],
    });
  });

  it('restores a wiped database from its backup identically, and refuses a truncated one', async () => {
    expect(await run('backupRoundTrip')).toEqual({
      wiped: true,
      identical: true,
      truncatedCode: 'backup-invalid',
    });
  });

  it('survives a failed upgrade, then upgrades and tells the old window to reload', async () => {
    expect(await run('upgradeAndVersionChange')).toEqual({
      degradedState: 'degraded',
      untouched: true,
      oldWindowClosed: true,
      afterUpgrade: 'reload-needed',
      version: LATEST_VERSION,
      lines: 800,
      log: 1,
    });
  });
});
