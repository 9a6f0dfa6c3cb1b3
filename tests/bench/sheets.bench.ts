/**
 * Spreadsheets: a 200,000-row portal-style CSV (quoted amounts with thousands separators, `-` for
 * nothing) read by the CSV reader (target ≥ 200,000 rows/s) and then interpreted and audited,
 * against a baseline that only splits lines at commas and calls Number on every cell.
 */
import { parseDocument, readCsv } from '../../shared/import';

export const title = 'spreadsheets: 200,000-row CSV';

const ROWS = 200_000;
const DEPARTMENTS = [
  '복지정책과',
  '노인복지과',
  '문화관광과',
  '도시계획과',
  '환경과',
  '건설과',
  '교통과',
];

function portalCsv(rows: number): string {
  const lines = ['회계연도,자치단체명,부서명,세부사업명,예산현액,국비,시도비,시군구비,지출액'];
  for (let i = 0; i < rows; i++) {
    const total = 1_000 + (i % 997) * 3;
    const national = Math.floor(total / 2);
    const city = Math.floor(total / 4);
    const spent = i % 5 === 0 ? '-' : String(total - (i % 13));
    lines.push(
      `2024,한빛시 구${i % 16},${DEPARTMENTS[i % DEPARTMENTS.length]},"사업 ${i}",` +
        `"${total.toLocaleString('en')}",${national},${city},${total - national - city},${spent}`,
    );
  }
  return lines.join('\r\n');
}

function baseline(text: string): number {
  let sum = 0;
  for (const line of text.split('\r\n')) {
    for (const cell of line.split(',')) {
      const value = Number(cell);
      if (!Number.isNaN(value)) sum += value;
    }
  }
  return sum;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const perSecond = (rows: number, ms: number) =>
  `${Math.round((rows / ms) * 1000).toLocaleString('en')} rows/s`;

export async function run(): Promise<void> {
  const text = portalCsv(ROWS);
  const bytes = new TextEncoder().encode(text);
  baseline(text);
  const base = Math.min(
    time(() => baseline(text)),
    time(() => baseline(text)),
  );
  await readCsv(bytes);
  const read = Math.min(
    await timeAsync(() => readCsv(bytes)),
    await timeAsync(() => readCsv(bytes)),
  );
  let lines = 0;
  let findings = 0;
  const full = await timeAsync(async () => {
    const { report } = await parseDocument(bytes, { fileName: 'bench.csv' });
    lines = report.lines.length;
    findings = report.findings.length;
  });
  console.log(`${(bytes.length / 1e6).toFixed(1)} MB, ${ROWS.toLocaleString('en')} rows`);
  console.log(`split-and-Number baseline: ${base.toFixed(0)} ms · ${perSecond(ROWS, base)}`);
  console.log(
    `read (decode, fast path or papaparse, text rendering, positions): ${read.toFixed(0)} ms · ${perSecond(ROWS, read)} (target ≥ 200,000 rows/s) · ${(read / base).toFixed(1)}× baseline`,
  );
  console.log(
    `read + interpret + audit: ${full.toFixed(0)} ms · ${perSecond(ROWS, full)} · ${lines.toLocaleString('en')} lines, ${findings} findings`,
  );
}
