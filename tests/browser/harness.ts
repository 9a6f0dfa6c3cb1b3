import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';

export const ROOT = join(import.meta.dirname, '..', '..');
export const RESULTS_DIR = join(ROOT, 'test-results');

/** The built renderer to serve; CBR_DIST lets parallel work build into its own folder. */
export function distDir(): string {
  return process.env.CBR_DIST ?? join(ROOT, 'dist', 'renderer');
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found)
    throw new Error('No chromium found: apt-get install -y chromium (or set CHROME_PATH)');
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

export interface AppSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  url: string;
  /** every request the page made, in order */
  requests: string[];
  consoleErrors: string[];
  /** a new page in the same context (same IndexedDB), for reload / second-tab tests */
  newPage(): Promise<Page>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Serves dist/renderer (built by `vite build`) and opens it in a fresh browser profile. */
export async function openApp(path = ''): Promise<AppSession> {
  const server: StaticServer = await serveStatic(distDir());
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'ko-KR',
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
  };
  const page = await context.newPage();
  watch(page);
  await page.goto(server.url + path);
  mkdirSync(RESULTS_DIR, { recursive: true });
  return {
    browser,
    context,
    page,
    url: server.url,
    requests,
    consoleErrors,
    async newPage() {
      const another = await context.newPage();
      watch(another);
      await another.goto(server.url + path);
      return another;
    },
    async screenshot(name) {
      const file = join(RESULTS_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
