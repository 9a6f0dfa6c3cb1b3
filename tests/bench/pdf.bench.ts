/**
 * The PDF reader on the eight real bureau plans in ../shared/corpus/busan-2025: read + interpret +
 * audit, in pages per second, beside poppler's `pdftotext -layout` on the same files in the same run
 * (the native anchor; it makes text, not tables). Target: no more than 4× pdftotext's time. Then
 * memory: the peak resident size while reading them all, and the same run in a child process held to
 * a 500 MB heap (`--max-old-space-size`), which must finish.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeReaders } from '../../cli/readers';
import { parseDocument } from '../../shared/import';
import { corpusFiles, corpusPath, SHARED_CORPUS } from '../support/corpus';
import { existsSync } from 'node:fs';

export const title = 'PDF reader: read + interpret + audit vs pdftotext -layout';

const FOLDER = 'busan-2025';
const HEAP_LIMIT_MB = 500;

function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v']).status === 0;
}

async function readAll(files: readonly string[]): Promise<{ ms: number; pages: number }[]> {
  const results = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(corpusPath(file)));
    const start = performance.now();
    const { read } = await parseDocument(bytes, { fileName: file }, nodeReaders);
    results.push({ ms: performance.now() - start, pages: read.pages ?? 0 });
  }
  return results;
}

function pdftotext(file: string): number {
  const start = performance.now();
  execFileSync('pdftotext', ['-layout', corpusPath(file), '-'], { maxBuffer: 64 * 1024 * 1024 });
  return performance.now() - start;
}

/** Reads every file in a child process whose heap may not pass the limit; true if it finished. */
function fitsInHeap(files: readonly string[]): { ok: boolean; detail: string } {
  const script = `
    import { readFileSync } from 'node:fs';
    import { nodeReaders } from ${JSON.stringify(join(import.meta.dirname, '../../cli/readers.ts'))};
    import { parseDocument } from ${JSON.stringify(join(import.meta.dirname, '../../shared/import/index.ts'))};
    let peak = 0, pages = 0;
    for (const file of ${JSON.stringify(files.map((file) => corpusPath(file)))}) {
      const { read } = await parseDocument(new Uint8Array(readFileSync(file)), {}, nodeReaders);
      pages += read.pages ?? 0;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    console.log(pages + ' pages, rss ' + Math.round(peak / 1e6) + ' MB');`;
  const child = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_LIMIT_MB}`,
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      script,
    ],
    { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') },
  );
  return {
    ok: child.status === 0,
    detail:
      child.status === 0 ? child.stdout.trim() : (child.stderr.trim().split('\n').pop() ?? ''),
  };
}

const rate = (pages: number, ms: number) => `${((pages / ms) * 1000).toFixed(1)} pages/s`;

export async function run(): Promise<void> {
  if (!existsSync(join(SHARED_CORPUS, FOLDER))) {
    console.log(`skipped: ${join(SHARED_CORPUS, FOLDER)} is absent`);
    return;
  }
  const files = corpusFiles(FOLDER, /\.pdf$/);
  await readAll(files.slice(0, 1)); // warm-up: load pdfjs, compile
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const ours = await readAll(files);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const baseline = hasPdftotext() ? files.map(pdftotext) : null;
  let pages = 0;
  let ourMs = 0;
  let theirMs = 0;
  files.forEach((file, i) => {
    const { ms, pages: count } = ours[i]!;
    pages += count;
    ourMs += ms;
    theirMs += baseline?.[i] ?? 0;
    const anchor = baseline
      ? ` · pdftotext ${rate(count, baseline[i]!)} · ${(ms / baseline[i]!).toFixed(1)}×`
      : '';
    console.log(`${file.split('/').pop()}: ${count} pages, ${rate(count, ms)}${anchor}`);
  });
  const total = baseline
    ? ` · pdftotext -layout ${rate(pages, theirMs)} · ratio ${(ourMs / theirMs).toFixed(1)}× (target ≤ 4×)`
    : ' · pdftotext not installed, no baseline';
  console.log(`all ${pages} pages: ${rate(pages, ourMs)}${total}`);
  console.log(`peak resident memory reading ${pages} pages: ${Math.round(peakRss / 1e6)} MB`);
  const heap = fitsInHeap(files);
  console.log(
    `in a ${HEAP_LIMIT_MB} MB heap (--max-old-space-size): ${heap.ok ? 'finished' : 'FAILED'} — ${heap.detail}`,
  );
}
