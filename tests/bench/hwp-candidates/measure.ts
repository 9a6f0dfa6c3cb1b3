/**
 * Measures the HWP reader candidates on every file of ../shared/corpus/hwp (and two bad files),
 * each file in its own child process — a native reader that aborts takes only that process down.
 * Prints the tables of shared/import/readers/hwp/README.md. Not part of `npm test` or `npm run
 * bench`:
 *
 *   HWPJS_DIR=/tmp/hwpjs-eval npx tsx tests/bench/hwp-candidates/measure.ts
 *
 * (@ohah/hwpjs installed in that scratch folder with `npm install @ohah/hwpjs`; without it that
 * column is left out.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compact } from '../../../shared/text/compact';
import type { CandidateCell, CandidateResult } from './result';

const HERE = import.meta.dirname;
const CORPUS = join(HERE, '../../../../shared/corpus/hwp');
const KEYS = join(HERE, '../../corpus-keys/hwp');

const candidates = [
  { name: '@rhwp/core 0.8.6', worker: 'rhwp-worker.ts' },
  { name: '@ohah/hwpjs', worker: 'hwpjs-worker.ts' },
  { name: 'ours (records + fflate)', worker: 'own-worker.ts' },
].filter(
  (c) =>
    c.worker !== 'hwpjs-worker.ts' ||
    existsSync(join(process.env.HWPJS_DIR ?? '/tmp/hwpjs-eval', 'node_modules/@ohah/hwpjs')),
);

type Outcome = CandidateResult | { crashed: string };

function run(worker: string, file: string): Outcome {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, worker), file], {
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout?.trim().split('\n').pop();
  if (child.error) return { crashed: String(child.error.message) };
  if (!line?.startsWith('{'))
    return {
      crashed: `process ended (${child.signal ?? `exit ${child.status}`}): ${(child.stderr ?? '').trim().split('\n').pop()?.slice(0, 120)}`,
    };
  return JSON.parse(line) as CandidateResult;
}

function badFiles(): { name: string; path: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'hwp-bad-'));
  const plan = readFileSync(join(CORPUS, 'hwp/nikl-2022-work-plan.hwp'));
  const truncated = join(dir, 'truncated.hwp');
  writeFileSync(truncated, plan.subarray(0, 40_000));
  const flipped = Buffer.from(plan);
  for (let at = 6000; at < flipped.length; at += 997) flipped[at] = flipped[at]! ^ 0xff;
  const damaged = join(dir, 'bytes-flipped.hwp');
  writeFileSync(damaged, flipped);
  return [
    { name: 'bad/truncated.hwp (first 40 KB)', path: truncated },
    { name: 'bad/bytes-flipped.hwp (a byte in every 997)', path: damaged },
  ];
}

const only = process.argv[2];
const files = [
  ...['hwp', 'hwpx', 'negative'].flatMap((folder) =>
    readdirSync(join(CORPUS, folder))
      .sort()
      .map((name) => ({ name: `${folder}/${name}`, path: join(CORPUS, folder, name) })),
  ),
  ...badFiles(),
].filter((file) => !only || file.name.includes(only));

interface TableKey {
  document: string;
  rows: string[][];
  spans?: { cell: string; colSpan?: number; rowSpan?: number }[];
}
const keys = readdirSync(KEYS)
  .filter((name) => name.endsWith('.tables.json'))
  .map((name) => JSON.parse(readFileSync(join(KEYS, name), 'utf8')) as TableKey)
  .filter((key) => key.spans);

function rowsOf(cells: CandidateCell[]): string[] {
  const rows = new Map<number, CandidateCell[]>();
  for (const cell of cells) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell]);
  return [...rows.values()].map((row) =>
    compact(
      row
        .sort((a, b) => a.col - b.col)
        .map((c) => c.text)
        .join(''),
    ),
  );
}

function holds(row: string, wanted: string[]): boolean {
  let from = 0;
  for (const cell of wanted) {
    const at = row.indexOf(compact(cell), from);
    if (at < 0) return false;
    from = at + compact(cell).length;
  }
  return true;
}

/** Of the key's rows and merged cells, how many a candidate reads right (in any of its tables). */
function check(result: CandidateResult, key: TableKey): string {
  const tables = result.tables ?? [];
  const rows = tables.flatMap(rowsOf);
  const rowHits = key.rows.filter((wanted) => rows.some((row) => holds(row, wanted))).length;
  const spanHits = (key.spans ?? []).filter((span) =>
    tables.some((table) => {
      const cell = table.find((c) => compact(c.text) === compact(span.cell));
      return cell && cell.colSpan === (span.colSpan ?? 1) && cell.rowSpan === (span.rowSpan ?? 1);
    }),
  ).length;
  return `rows ${rowHits}/${key.rows.length}, spans ${spanHits}/${key.spans?.length ?? 0}`;
}

const outcomes = new Map<string, Map<string, Outcome>>();
for (const file of files) {
  const row = new Map<string, Outcome>();
  for (const candidate of candidates) row.set(candidate.name, run(candidate.worker, file.path));
  outcomes.set(file.name, row);
  process.stderr.write(`measured ${file.name}\n`);
}

const cell = (outcome: Outcome | undefined): string => {
  if (!outcome) return '—';
  if ('crashed' in outcome) return `**crash**: ${outcome.crashed}`;
  if (!outcome.ok) return `error: ${(outcome.error ?? '').slice(0, 90)}`;
  return `opens · ${outcome.tableObjects} tables · ${outcome.readMs!.toFixed(0)} ms`;
};

console.log(`| file | ${candidates.map((c) => c.name).join(' | ')} |`);
console.log(`|---|${candidates.map(() => '---').join('|')}|`);
for (const [file, row] of outcomes)
  console.log(`| ${file} | ${candidates.map((c) => cell(row.get(c.name))).join(' | ')} |`);

console.log('\nHand-checked tables (rows and merged cells read from the rendered pages):\n');
console.log(`| table | ${candidates.map((c) => c.name).join(' | ')} |`);
console.log(`|---|${candidates.map(() => '---').join('|')}|`);
for (const key of keys) {
  const row = outcomes.get(key.document.replace(/^hwp\//, ''));
  console.log(
    `| ${key.document} | ${candidates
      .map((c) => {
        const outcome = row?.get(c.name);
        return outcome && !('crashed' in outcome) && outcome.ok
          ? check(outcome, key)
          : cell(outcome);
      })
      .join(' | ')} |`,
  );
}

const distributed = outcomes.get('hwp/kwater-press-2026-01-30_distribution.hwp');
console.log(
  `\nDistribution document (배포용) read from ViewText: ${candidates
    .map((c) => {
      const outcome = distributed?.get(c.name);
      const read =
        outcome &&
        !('crashed' in outcome) &&
        outcome.ok &&
        (outcome.sample ?? '').includes('봉화댐');
      return `${c.name}: ${read ? 'yes' : 'no'}`;
    })
    .join(' · ')}`,
);
const inits = candidates.map((c) => {
  const times = [...outcomes.values()]
    .map((row) => row.get(c.name))
    .filter((o): o is CandidateResult => !!o && !('crashed' in o));
  return `${c.name} ${Math.min(...times.map((o) => o.initMs)).toFixed(0)} ms`;
});
console.log(`Library start-up (fastest of the runs): ${inits.join(' · ')}`);
