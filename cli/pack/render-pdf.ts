import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/serve-static';

/** the event renderer/src/features/print/payload.ts listens for */
const PAYLOAD_EVENT = 'cbr-print-payload';

/** the few browser globals used inside page.evaluate (this file compiles without the DOM lib) */
interface PageGlobals {
  __cbrPrintPayload: unknown;
  Event: new (type: string) => unknown;
  dispatchEvent(event: unknown): boolean;
  document: { documentElement: { dataset: Record<string, string | undefined> } };
}

export interface RenderedPdf {
  pdf: Uint8Array;
  pages: number;
}

export interface PdfRenderer {
  render(payload: unknown): Promise<RenderedPdf>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = ['--disable-gpu', '--no-first-run', '--disable-background-networking'];

/**
 * Chromium refuses to start its sandbox as root, so only then does it run without one; any other
 * user keeps the sandbox (the page is our own app, but defence in depth costs nothing here).
 */
export function chromiumArgs(runningAsRoot = process.getuid?.() === 0): string[] {
  return runningAsRoot ? ['--no-sandbox', ...CHROMIUM_ARGS] : [...CHROMIUM_ARGS];
}

/**
 * Headless Chromium over the built app: opens the print route, hands it the data in the page
 * (no network), waits for the paginator's ready marker and prints A4 with the page's own @page size.
 */
export async function openPdfRenderer(options: {
  distDir: string;
  chromiumPath: string;
}): Promise<PdfRenderer> {
  const server = await serveStatic(options.distDir);
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: options.chromiumPath,
      args: chromiumArgs(),
      headless: true,
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    async render(payload) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      try {
        await page.goto(`${server.url}#/print/payload`);
        await page.evaluate(
          ({ json, event }) => {
            const page = globalThis as unknown as PageGlobals;
            page.__cbrPrintPayload = JSON.parse(json);
            page.dispatchEvent(new page.Event(event));
          },
          // one string: Playwright's own serialisation of a large object graph is far slower
          { json: JSON.stringify(payload), event: PAYLOAD_EVENT },
        );
        await page
          .waitForSelector('html[data-print-ready="true"]', { state: 'attached', timeout: 60_000 })
          .catch((error: unknown) => {
            throw new Error(
              `인쇄 화면이 준비되지 않았습니다: ${errors.join('; ') || String(error)}`,
            );
          });
        const pages = Number(
          await page.evaluate(
            () =>
              (globalThis as unknown as PageGlobals).document.documentElement.dataset.printPages,
          ),
        );
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        });
        return { pdf, pages };
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
