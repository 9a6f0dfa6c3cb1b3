// The tally of `npm test`, printed by .ci/run: "N passed, N failed" first, then what else happened.
// Reads test-results/stages.json (written by scripts/run-tests.ts as each stage ends) and the
// vitest JSON reports. Vitest 4's JSON report has numPassedTests, numFailedTests,
// numPendingTests (skipped), numTodoTests and success, and each file's status and message: a
// file that throws on import is "failed" with no failed test in it, and is counted as a failure.
// A stage that stopped the run (prettier, eslint, tsc, Electronegativity…) is a failure too.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

/** Sums one vitest JSON report into the counts. */
function addReport(counts, report) {
  counts.passed += report.numPassedTests ?? 0;
  counts.failedTests += report.numFailedTests ?? 0;
  counts.skipped += report.numPendingTests ?? 0;
  counts.todo += report.numTodoTests ?? 0;
  let failedHere = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    const anyFailed = (file.assertionResults ?? []).some((test) => test.status === 'failed');
    if (file.status === 'failed' && !anyFailed) {
      counts.failedFiles.push(
        `${basename(file.name)}${file.message ? `: ${firstLine(file.message)}` : ''}`,
      );
      failedHere++;
    }
  }
  // errors outside any test (an unhandled rejection, a crash after the tests) fail the run silently otherwise
  if (report.success === false && failedHere === 0) counts.unhandled++;
}

const firstLine = (text) => String(text).split('\n')[0].slice(0, 160);

/**
 * The tally of one run.
 * @param {{ planned: string[], results: { name: string, status: string, exitCode: number }[] } | undefined} stages
 * @param {object[]} reports vitest JSON reports that exist
 */
export function tally(stages, reports) {
  const counts = { passed: 0, failedTests: 0, skipped: 0, todo: 0, failedFiles: [], unhandled: 0 };
  for (const report of reports) addReport(counts, report);
  const stoppedAt = stages?.results.find((stage) => stage.status === 'failed');
  const ran = new Set(stages?.results.map((stage) => stage.name));
  const notRun = stages ? stages.planned.filter((name) => !ran.has(name)) : [];
  // a stage failing without a test report behind it (prettier, eslint, tsc, …) is one failure,
  // and so is a run that recorded no stages at all (npm test never got going)
  const explained = counts.failedTests + counts.failedFiles.length + counts.unhandled;
  const stageFailure = (!stages || stoppedAt) && explained === 0 ? 1 : 0;
  const failed = explained + stageFailure;

  const lines = [];
  const extras = [`${counts.skipped} skipped`, `${counts.todo} todo`];
  if (counts.failedFiles.length > 0)
    extras.unshift(`${counts.failedFiles.length} test files failed to load`);
  if (counts.unhandled > 0) extras.unshift(`${counts.unhandled} runs with errors outside tests`);
  lines.push(`${counts.passed} passed, ${failed} failed (${extras.join(', ')})`);
  for (const file of counts.failedFiles) lines.push(`  failed to load: ${file}`);
  if (!stages)
    lines.push('  no stage results (test-results/stages.json): npm test did not run its stages');
  else if (stoppedAt)
    lines.push(`  stopped at: ${stoppedAt.name} (exit code ${stoppedAt.exitCode})`);
  if (notRun.length > 0) lines.push(`  did not run: ${notRun.join(', ')}`);
  return { passed: counts.passed, failed, skipped: counts.skipped, todo: counts.todo, lines };
}

/** The tally of the files in a results folder (default test-results/). */
export function tallyFolder(folder) {
  const reports = ['vitest-unit.json', 'vitest-browser.json']
    .map((name) => readJson(join(folder, name)))
    .filter(Boolean);
  return tally(readJson(join(folder, 'stages.json')), reports);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = process.argv[2] ?? join(import.meta.dirname, '..', 'test-results');
  console.log(tallyFolder(folder).lines.join('\n'));
}
