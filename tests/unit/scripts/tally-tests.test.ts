import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tally, tallyFolder, type StagesReport } from '../../../scripts/tally-tests.mjs';

/** vitest 4.1 JSON reports of small sample suites (paths and messages trimmed) */
const sample = (name: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../fixtures/tally', `${name}.json`), 'utf8'),
  ) as object;

const PLANNED = ['prettier', 'eslint', 'tsc', 'vitest unit tests', 'browser tests'];
const stages = (results: [string, number][]): StagesReport => ({
  planned: PLANNED,
  results: results.map(([name, exitCode]) => ({
    name,
    exitCode,
    status: exitCode === 0 ? 'passed' : 'failed',
  })),
});
const allPassed = stages(PLANNED.map((name) => [name, 0]));

describe('the test tally', () => {
  it('counts a test file that throws on import as a failure, with its name', () => {
    const result = tally(
      stages([
        ...PLANNED.slice(0, 3).map((n): [string, number] => [n, 0]),
        ['vitest unit tests', 1],
      ]),
      [sample('import-failure')],
    );
    expect(result.lines[0]).toBe(
      '1 passed, 1 failed (1 test files failed to load, 1 skipped, 1 todo)',
    );
    expect(result.lines).toContain('  failed to load: b.test.ts: boom on import');
    expect(result.lines).toContain('  stopped at: vitest unit tests (exit code 1)');
    expect(result.lines).toContain('  did not run: browser tests');
  });

  it('counts failed, skipped and todo tests across the unit and browser reports', () => {
    const result = tally(allPassed, [sample('failing-test'), sample('all-passed')]);
    expect(result).toMatchObject({ passed: 2, failed: 1, skipped: 1, todo: 1 });
    expect(result.lines[0]).toBe('2 passed, 1 failed (1 skipped, 1 todo)');
  });

  it('names the stage that stopped the run before any test ran', () => {
    const result = tally(
      stages([
        ['prettier', 0],
        ['eslint', 1],
      ]),
      [],
    );
    expect(result.lines).toEqual([
      '0 passed, 1 failed (0 skipped, 0 todo)',
      '  stopped at: eslint (exit code 1)',
      '  did not run: tsc, vitest unit tests, browser tests',
    ]);
  });

  it('fails a stage whose tests all passed but which exited non-zero (an error outside tests)', () => {
    const result = tally(
      stages([
        ...PLANNED.slice(0, 3).map((n): [string, number] => [n, 0]),
        ['vitest unit tests', 1],
      ]),
      [sample('unhandled-error')],
    );
    expect(result.failed).toBe(1);
    expect(result.lines[0]).toBe('1 passed, 1 failed (0 skipped, 0 todo)');
  });

  it('does not call a run without stage results a success', () => {
    const result = tally(undefined, [sample('all-passed')]);
    expect(result.failed).toBe(1);
    expect(result.lines[1]).toMatch(/no stage results/);
  });

  it('reads the stages and reports from a results folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cbr-tally-'));
    writeFileSync(join(folder, 'stages.json'), JSON.stringify(allPassed));
    writeFileSync(join(folder, 'vitest-unit.json'), JSON.stringify(sample('all-passed')));
    writeFileSync(join(folder, 'vitest-browser.json'), JSON.stringify(sample('all-passed')));
    expect(tallyFolder(folder).lines).toEqual(['2 passed, 0 failed (2 skipped, 2 todo)']);
  });
});
