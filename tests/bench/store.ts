/**
 * `npm run bench:store -- --rows N [--naive-cap M]`: N synthetic lines written and read in headless
 * Chromium through the store (chunked; both codecs measured) and through naive one-record-per-line
 * bulkAdd. Naive runs on at most M lines (default 200,000) and is scaled linearly above that, which
 * the output says. `--repeat R` repeats each chunked measurement (default 3, 1 above 200,000 lines)
 * and reports the median; `--backup` also times a backup file of N lines (make, validate,
 * restore). The last line printed is one JSON object.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { serveStatic } from '../../scripts/serve-static';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/harness';
import type { StoreTimings } from './store-page';
import { WRITE_CODEC } from '../../renderer/src/db/line-codec';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]?.replace(/_/g, '')) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} wants a positive integer`);
  return value;
}

const rows = option('rows', 100_000);
const naiveCap = option('naive-cap', 200_000);
const naiveRows = Math.min(rows, naiveCap);
/** each chunked measurement is repeated and the median reported: the machine may be busy */
const repeat = option('repeat', rows > 200_000 ? 1 : 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

const dir = mkdtempSync(join(tmpdir(), 'cbr-bench-store-'));
await build({
  entryPoints: [join(import.meta.dirname, 'store-page.ts')],
  bundle: true,
  format: 'esm',
  outfile: join(dir, 'bench.js'),
  logLevel: 'warning',
});
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><script type="module" src="bench.js"></script>',
);
const server = await serveStatic(dir);
// --js-flags lets a run try V8 heap settings (e.g. --max-semi-space-size=64) an Electron build could use
const jsFlags = process.argv.find((arg) => arg.startsWith('--js-flags='));
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: jsFlags ? [...CHROMIUM_ARGS, jsFlags] : CHROMIUM_ARGS,
  headless: true,
});
if (jsFlags) console.log(`chromium ${jsFlags}`);
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`  [page] ${message.text()}`));
  await page.goto(server.url);
  await page.waitForFunction(() => 'storeBench' in window);
  const ms = (value: number) => `${value.toFixed(1)} ms`;

  const byCodec: StoreTimings[] = [];
  for (const codec of ['columnar', 'rows'] as const) {
    const runs: StoreTimings[] = [];
    for (let run = 0; run < repeat; run++) {
      const timing = await page.evaluate(([n, c]) => window.storeBench.chunked(n, c), [
        rows,
        codec,
      ] as const);
      if (timing.linesRead !== rows)
        throw new Error(`${codec}: read ${timing.linesRead} of ${rows}`);
      runs.push(timing);
    }
    const timing: StoreTimings = {
      codec,
      writeMs: median(runs.map((r) => r.writeMs)),
      readMs: median(runs.map((r) => r.readMs)),
      columnsReadMs: median(runs.map((r) => r.columnsReadMs)),
      listMs: median(runs.map((r) => r.listMs)),
      linesRead: rows,
    };
    byCodec.push(timing);
    const all = (pick: (r: StoreTimings) => number) => runs.map(pick).join(' / ');
    console.log(
      `chunked/${codec.padEnd(8)} ${rows} lines: write ${ms(timing.writeMs)}, read ${ms(timing.readMs)} (chunks alone ${ms(timing.columnsReadMs)}), list documents ${ms(timing.listMs)}` +
        (repeat > 1
          ? ` (median of ${repeat}; writes ${all((r) => r.writeMs)}; reads ${all((r) => r.readMs)})`
          : ''),
    );
  }
  const naive = await page.evaluate((n) => window.storeBench.naive(n), naiveRows);
  const scale = rows / naiveRows;
  const naiveWriteMs = Math.round(naive.naiveWriteMs * scale);
  const naiveReadMs = Math.round(naive.naiveReadMs * scale);
  console.log(
    `naive bulkAdd     ${naiveRows} lines: write ${ms(naive.naiveWriteMs)}, read ${ms(naive.naiveReadMs)}` +
      (scale > 1
        ? ` (capped at ${naiveRows}; scaled ×${scale.toFixed(1)} to estimate ${rows} lines)`
        : ''),
  );
  const chosen = byCodec.find((timing) => timing.codec === WRITE_CODEC)!;
  const result = {
    rows,
    codec: WRITE_CODEC,
    writeMs: chosen.writeMs,
    readMs: chosen.readMs,
    columnsReadMs: chosen.columnsReadMs,
    listMs: chosen.listMs,
    naiveWriteMs,
    naiveReadMs,
    naiveRows,
    naiveEstimated: scale > 1,
    repeat,
    writeRatio: Math.round((naiveWriteMs / chosen.writeMs) * 10) / 10,
    readRatio: Math.round((naiveReadMs / chosen.readMs) * 10) / 10,
  };
  if (process.argv.includes('--backup')) {
    const timing = await page.evaluate((n) => window.storeBench.backup(n), rows);
    console.log(
      `backup file      ${rows} lines: make ${ms(timing.backupMs)}, validate ${ms(timing.validateMs)}, restore ${ms(timing.restoreMs)}, ${timing.megabytes} MB gzip`,
    );
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
