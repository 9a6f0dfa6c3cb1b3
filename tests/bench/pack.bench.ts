/**
 * Briefing pack to PDF: a ~100-page pack from synthetic reports, rendered by the same print view
 * the app and the CLI use (measured pagination, one page.pdf). Target: ≤ 10 s for 100 pages.
 * Naive baseline in the same run: one page.pdf per department section, as a report generator
 * that prints section by section and merges would do.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../../cli/pack/find-chromium';
import { packInputFromReports } from '../../cli/pack/pack-input';
import { openPdfRenderer } from '../../cli/pack/render-pdf';
import { rendererDist } from '../../cli/pack/renderer-dist';
import { buildPackModel } from '../../shared/print/pack';
import { generateReport } from './synthetic';

export const title = 'briefing pack → PDF (headless Chromium)';

const LINES_PER_REPORT = 16_000;
const NAIVE_SECTIONS = 6;
const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'bench-pack.pdf');

const seconds = (ms: number) => (ms / 1000).toFixed(2);

export async function run(): Promise<void> {
  const browser = findChromium();
  const dist = rendererDist();
  if ('error' in browser || 'error' in dist) {
    console.log(
      `skipped: ${'error' in browser ? browser.error : ('error' in dist && dist.error) || ''}`,
    );
    return;
  }
  const reports = [generateReport(LINES_PER_REPORT, 1), generateReport(LINES_PER_REPORT, 3)].map(
    (report, index) => ({ file: `synthetic-${index + 1}`, report }),
  );
  const input = packInputFromReports(reports, { files: [], out: OUT, departments: [] });
  const departments = [...new Set(input.lines.map((line) => line.department ?? ''))];

  const started = performance.now();
  const renderer = await openPdfRenderer({ distDir: dist.dir, chromiumPath: browser.path });
  const launched = performance.now();
  const ours = await renderer.render({ kind: 'pack-model', model: buildPackModel(input) });
  const done = performance.now();
  mkdirSync(join(OUT, '..'), { recursive: true });
  writeFileSync(OUT, ours.pdf);
  const pdfPages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [OUT], { encoding: 'utf8' }))?.[1],
  );
  const total = done - started;
  console.log(
    `ours: ${pdfPages} pages (${reports.length} reports × ${LINES_PER_REPORT} lines, ${departments.length} departments) ` +
      `in ${seconds(total)} s (launch ${seconds(launched - started)} s + render ${seconds(done - launched)} s) ` +
      `= ${(pdfPages / (total / 1000)).toFixed(1)} pages/s; per 100 pages ${seconds((total / pdfPages) * 100)} s ` +
      `(target ≤ 10 s) → ${OUT}`,
  );

  const naiveStart = performance.now();
  let naivePages = 0;
  // per-page rates are compared, so a few sections are enough for the baseline
  for (const department of departments.slice(0, NAIVE_SECTIONS)) {
    const section = { ...input, pack: { ...input.pack, departments: [department] } };
    const model = buildPackModel(section);
    naivePages += (await renderer.render({ kind: 'pack-model', model })).pages;
  }
  const naive = performance.now() - naiveStart + (launched - started);
  await renderer.close();
  console.log(
    `naive (one page.pdf per department section, ${NAIVE_SECTIONS} sections): ${naivePages} pages in ${seconds(naive)} s ` +
      `= ${(naivePages / (naive / 1000)).toFixed(1)} pages/s`,
  );
  console.log(`speed-up per page: ${(naive / naivePages / (total / pdfPages)).toFixed(1)}×`);
}
