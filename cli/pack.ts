/**
 * `npm run cli -- pack FILE… --out pack.pdf [--title "…"] [--session "…"]`: imports the reports (HWP,
 * HWPX, PDF, spreadsheets, text, or `parse --json` output),
 * and prints the same briefing pack as the app's print view to PDF in headless Chromium.
 * Exit codes as for `audit`: 0 no error findings, 1 error findings (the PDF is still written),
 * 2 bad arguments, an unreadable file, not a report, or no browser.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { buildPackModel } from '../shared/print/pack';
import { parsePackArgs } from './pack/args';
import { findChromium } from './pack/find-chromium';
import { packInputFromReports } from './pack/pack-input';
import { readReports } from './pack/read-reports';
import { openPdfRenderer } from './pack/render-pdf';
import { rendererDist } from './pack/renderer-dist';

const fail = (message: string) => {
  process.stderr.write(`${message}\n`);
  return 2;
};

export async function runPack(args: string[]): Promise<number> {
  const parsed = parsePackArgs(args);
  if ('error' in parsed) return fail(parsed.error);
  const read = await readReports(parsed.files);
  if (!read.ok) return fail(read.error);
  const browser = findChromium();
  if ('error' in browser) return fail(browser.error);
  const dist = rendererDist();
  if ('error' in dist) return fail(dist.error);

  const input = packInputFromReports(read.reports, parsed);
  const renderer = await openPdfRenderer({ distDir: dist.dir, chromiumPath: browser.path });
  let pages: number;
  try {
    const result = await renderer.render({ kind: 'pack-model', model: buildPackModel(input) });
    const out = resolve(parsed.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, result.pdf);
    pages = result.pages;
  } catch (error) {
    return fail(
      `PDF를 만들지 못했습니다: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await renderer.close();
  }
  const errors = input.findings.filter((finding) => finding.severity === 'error').length;
  process.stdout.write(
    `${parsed.out}: ${pages}쪽, 보고서 ${read.reports.length}개, 부서 ${new Set(input.lines.map((l) => l.department)).size}개, ` +
      `지적 사항 ${input.findings.length}건(오류 ${errors}건)\n`,
  );
  return errors > 0 ? 1 : 0;
}
