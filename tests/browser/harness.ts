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

/** A browser profile on disk (IndexedDB included) that outlives the browser: for restart tests. */
export async function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'ko-KR',
    viewport: { width: 1440, height: 900 },
  });
}

/** Requests that may leave a page: its own origin, and data:/blob: URLs it made itself. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
}

/**
 * The fixture every browser test uses: records each request of the pages it watches, and
 * `check()` throws when any went outside the app's origin ("no request leaves the app's origin").
 */
export function originGuard(appUrl: string) {
  const origin = new URL(appUrl).origin;
  const requests: string[] = [];
  return {
    requests,
    watch(page: Page) {
      page.on('request', (request) => requests.push(request.url()));
    },
    check() {
      const foreign = foreignRequests(requests, origin);
      if (foreign.length > 0)
        throw new Error(`requests left the app's origin ${origin}:\n  ${foreign.join('\n  ')}`);
    },
  };
}

export interface AppSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  url: string;
  /** every request the pages made, in order */
  requests: string[];
  consoleErrors: string[];
  /** a new page in the same context (same IndexedDB), for reload / second-tab tests */
  newPage(): Promise<Page>;
  screenshot(name: string): Promise<string>;
  /** closes the browser and the server, then fails if any page made a request to another origin */
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
  const guard = originGuard(server.url);
  const consoleErrors: string[] = [];
  const watch = (page: Page) => {
    guard.watch(page);
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
    requests: guard.requests,
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
      try {
        await browser.close();
      } finally {
        await server.close();
      }
      guard.check();
    },
  };
}
