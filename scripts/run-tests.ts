/**
 * `npm test`: every stage in order, stopping at the first that fails. Each stage's outcome is
 * written to test-results/stages.json as it ends, so the tally (scripts/tally-tests.mjs) can say
 * which stage stopped the run and which never ran — prettier, eslint and tsc write no test report.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureTestTools } from './ensure-test-tools';

export const RESULTS_DIR = join(import.meta.dirname, '..', 'test-results');
export const STAGES_FILE = 'stages.json';

export interface Stage {
  name: string;
  /** an npm script, or a function run in this process */
  run: string | (() => number);
}

export const STAGES: readonly Stage[] = [
  { name: 'test tools (Chromium, fonts, poppler)', run: () => ensureTestTools() },
  { name: 'prettier', run: 'format:check' },
  { name: 'eslint', run: 'lint' },
  { name: 'tsc', run: 'typecheck' },
  { name: 'vitest unit tests', run: 'test:unit' },
  { name: 'browser tests', run: 'test:browser' },
  { name: 'Electronegativity', run: 'test:security' },
];

export interface StageResult {
  name: string;
  status: 'passed' | 'failed';
  exitCode: number;
  seconds: number;
}

export interface StagesReport {
  planned: string[];
  results: StageResult[];
}

const runScript = (script: string) =>
  spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' }).status ?? 1;

/** Runs the stages until one fails; returns that stage's exit code (0 when all passed). */
export function runStages(
  stages: readonly Stage[] = STAGES,
  resultsDir = RESULTS_DIR,
  npmRun: (script: string) => number = runScript,
): number {
  mkdirSync(resultsDir, { recursive: true });
  // results of an earlier run must not be counted as this one's
  for (const name of ['vitest-unit.json', 'vitest-browser.json'])
    rmSync(join(resultsDir, name), { force: true });
  const report: StagesReport = { planned: stages.map((stage) => stage.name), results: [] };
  const save = () =>
    writeFileSync(join(resultsDir, STAGES_FILE), `${JSON.stringify(report, null, 2)}\n`);
  save();
  for (const stage of stages) {
    const started = performance.now();
    let exitCode: number;
    try {
      exitCode = typeof stage.run === 'string' ? npmRun(stage.run) : stage.run();
    } catch (error) {
      console.error(`${stage.name}: ${error instanceof Error ? error.message : String(error)}`);
      exitCode = 1;
    }
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const status = exitCode === 0 ? 'passed' : 'failed';
    report.results.push({ name: stage.name, status, exitCode, seconds });
    save();
    if (status === 'failed') {
      console.error(`\nnpm test stopped: ${stage.name} failed (exit code ${exitCode}).`);
      return exitCode;
    }
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runStages();
}
