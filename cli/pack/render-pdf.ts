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

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

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
      args: CHROMIUM_ARGS,
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
        const t0 = performance.now();
        await page.goto(`${server.url}#/print/payload`);
        console.log('goto', performance.now() - t0);
        await page.evaluate(
          ({ data, event }) => {
            const page = globalThis as unknown as PageGlobals;
            page.__cbrPrintPayload = data;
            page.dispatchEvent(new page.Event(event));
          },
          { data: payload, event: PAYLOAD_EVENT },
        );
        console.log('evaluate', performance.now() - t0);
        await page
          .waitForSelector('html[data-print-ready="true"]', { state: 'attached', timeout: 120_000 })
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
        console.log('ready', performance.now() - t0);
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        });
        console.log('pdf', performance.now() - t0);
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
