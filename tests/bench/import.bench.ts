/**
 * The importer: parse + audit of the three sample reports (target < 50 ms together) and of generated
 * 1 MB and 10 MB reports (target < 2 s for 10 MB, linear in size), against a naive baseline that
 * only splits lines into cells and finds amounts with one regex per line.
 */
import { parseReport } from '../../shared/import';
import { generateLargeReport } from '../fixtures/reports/generate-large';
import { corpusPresent, corpusReportText } from '../support/corpus';

export const title = 'report importer: parse + audit';

const SAMPLES = ['000', '002', '004'];
const AMOUNT = /[△-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*(?:천원|백만원|억원|원)/g;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Best of `runs`, after one warm-up run. */
function best(runs: number, run: () => void): number {
  run();
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) fastest = Math.min(fastest, time(run));
  return fastest;
}

function naive(text: string): number {
  let found = 0;
  for (const line of text.split('\n')) {
    found += line.split('\t').length;
    found += line.match(AMOUNT)?.length ?? 0;
  }
  return found;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function run(): Promise<void> {
  if (corpusPresent('', 'import bench: three samples')) {
    const texts = SAMPLES.map(corpusReportText);
    const importer = best(10, () => texts.forEach((text) => parseReport(text)));
    const baseline = best(10, () => texts.forEach((text) => naive(text)));
    console.log(
      `three samples (${texts.reduce((n, t) => n + t.length, 0).toLocaleString()} chars): ${ms(importer)} (target < 50 ms) · naive ${ms(baseline)} · ratio ${(importer / baseline).toFixed(1)}×`,
    );
  }

  const small = generateLargeReport(1_000_000);
  const oneMb = best(5, () => parseReport(small));
  const naiveOne = best(5, () => naive(small));
  const large = generateLargeReport(10_000_000);
  const tenMb = best(3, () => parseReport(large));
  const naiveTen = best(3, () => naive(large));
  const report = parseReport(large);
  console.log(
    `1 MB: ${ms(oneMb)} · naive ${ms(naiveOne)} · ratio ${(oneMb / naiveOne).toFixed(1)}×`,
  );
  console.log(
    `10 MB: ${ms(tenMb)} (target < 2000 ms) · naive ${ms(naiveTen)} · ratio ${(tenMb / naiveTen).toFixed(1)}× · ${report.lines.length.toLocaleString()} lines, ${report.findings.length.toLocaleString()} findings`,
  );
  console.log(`10 MB ÷ 1 MB: ${(tenMb / oneMb).toFixed(1)}× for 10× the text (≈10 means linear)`);
}
