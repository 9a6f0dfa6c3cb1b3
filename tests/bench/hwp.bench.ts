/**
 * The HWP and HWPX readers over the real corpus (../shared/corpus/hwp): files/s and MB/s per
 * format, and each large file's time (target: a 1 MB HWP in under 1 s). Baseline: only opening
 * the container and inflating the streams the reader needs (compound file + raw deflate for HWP,
 * unzip for HWPX), measured in the same run — the ratio is what reading records, XML, tables and
 * blocks costs on top of that.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { readDocument } from '../../shared/import/readers';
import { openHwp } from '../../shared/import/readers/hwp/container';
import { hwpReaders } from '../../cli/readers/hwp-node';

export const title = 'HWP/HWPX readers over the real corpus';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/hwp');

function files(folder: string): { name: string; bytes: Uint8Array }[] {
  const dir = join(CORPUS, folder);
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

async function best(runs: number, run: () => Promise<unknown> | unknown): Promise<number> {
  await run();
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

async function readable(bytes: Uint8Array): Promise<boolean> {
  try {
    await readDocument(bytes, {}, hwpReaders);
    return true;
  } catch {
    return false;
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function run(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`skipped: ${CORPUS} is absent`);
    return;
  }
  const baselines: Record<string, (bytes: Uint8Array) => unknown> = {
    hwp: (bytes) => openHwp(bytes),
    hwpx: (bytes) => unzipSync(bytes, { filter: (file) => /\.(xml|hpf)$/.test(file.name) }),
  };
  for (const format of ['hwp', 'hwpx'] as const) {
    const all = files(format);
    const readableFiles = [];
    for (const file of all) if (await readable(file.bytes)) readableFiles.push(file);
    const megabytes = readableFiles.reduce((n, file) => n + file.bytes.length, 0) / 1e6;
    const times = new Map<string, number>();
    let total = 0;
    let baseline = 0;
    for (const file of readableFiles) {
      const took = await best(3, () => readDocument(file.bytes, {}, hwpReaders));
      times.set(file.name, took);
      total += took;
      baseline += await best(3, () => baselines[format]!(file.bytes));
    }
    console.log(
      `${format}: ${readableFiles.length} files, ${megabytes.toFixed(2)} MB in ${ms(total)} → ` +
        `${(readableFiles.length / (total / 1000)).toFixed(1)} files/s, ` +
        `${(megabytes / (total / 1000)).toFixed(2)} MB/s · container only ${ms(baseline)} · ` +
        `ratio ${(total / baseline).toFixed(1)}×`,
    );
    for (const file of readableFiles.filter((each) => each.bytes.length > 500_000))
      console.log(
        `  ${file.name} (${(file.bytes.length / 1e6).toFixed(2)} MB): ${ms(times.get(file.name)!)}` +
          (format === 'hwp' ? ' (target < 1000 ms per MB)' : ''),
      );
  }
}
