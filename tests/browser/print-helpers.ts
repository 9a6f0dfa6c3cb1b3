import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS_DIR, ROOT } from './harness';

/** invented two-year reports of one district (tests/integration/pack/fixtures) */
export const FIXTURES = join(ROOT, 'tests', 'integration', 'pack', 'fixtures');
export const REPORT_2023 = join(FIXTURES, 'gaon-2023.txt');
export const REPORT_2024 = join(FIXTURES, 'gaon-2024.txt');

/** Imports report files through the library's file picker, confirming each preview. */
export async function importThroughLibrary(page: Page, files: readonly string[]): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + '#/library');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '보고서 가져오기', exact: true }).click();
  await (await chooser).setFiles([...files]);
  for (let i = 0; i < files.length; i++) {
    await page.getByRole('button', { name: '가져오기 확인' }).click();
  }
  await page.waitForURL(/#\/review/);
}

/** Waits for the print view's paginator to finish, then prints to PDF as the CLI does. */
export async function printToPdf(page: Page, name: string): Promise<string> {
  await page.waitForSelector('html[data-print-ready="true"]', { state: 'attached' });
  const file = join(RESULTS_DIR, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  return file;
}

export const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
export const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

/** Every page as a PNG under test-results/ (`pdftoppm -png -r 60`), to look at. */
export function pdfToPngs(file: string, prefix: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(RESULTS_DIR, prefix)]);
}
