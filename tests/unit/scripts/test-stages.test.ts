import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  ensureTestTools,
  planTestTools,
  TEST_TOOLS,
  type TestTool,
} from '../../../scripts/ensure-test-tools';
import { runStages, STAGES } from '../../../scripts/run-tests';

const tool = (debianPackage: string, present: boolean): TestTool => ({
  debianPackage,
  what: debianPackage,
  present: () => present,
});

describe('npm test on a fresh machine', () => {
  it('needs Chromium, the CJK fonts and poppler, by their Debian packages', () => {
    expect(TEST_TOOLS.map((t) => t.debianPackage)).toEqual([
      'chromium',
      'fonts-noto-cjk',
      'poppler-utils',
    ]);
  });

  it('installs what is missing when running as root with apt-get', () => {
    expect(planTestTools([tool('chromium', false)], { root: true, aptGet: true })).toEqual({
      action: 'install',
      packages: ['chromium'],
    });
    expect(planTestTools([], { root: false, aptGet: false })).toEqual({ action: 'ready' });
  });

  it('otherwise stops at once with the one command to run', () => {
    const missing = [tool('chromium', false), tool('poppler-utils', false)];
    expect(planTestTools(missing, { root: false, aptGet: true })).toMatchObject({
      action: 'stop',
      command: 'sudo apt-get install -y chromium poppler-utils',
    });
    const errors: string[] = [];
    const code = ensureTestTools(
      [tool('fonts-noto-cjk', true), ...missing],
      () => undefined,
      (line) => errors.push(line),
      () => ({ root: false, aptGet: true }),
    );
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain(
      'Run once:\n  sudo apt-get install -y chromium poppler-utils',
    );
  });

  it('passes quietly when everything is there', () => {
    const log = vi.fn();
    expect(
      ensureTestTools([tool('chromium', true)], log, log, () => ({ root: true, aptGet: true })),
    ).toBe(0);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('the stages of npm test', () => {
  it('runs prettier, eslint, tsc, unit, browser and Electronegativity after the tools, in order', () => {
    expect(STAGES.map((stage) => stage.run)).toEqual([
      expect.any(Function),
      'format:check',
      'lint',
      'typecheck',
      'test:unit',
      'test:browser',
      'test:security',
    ]);
  });

  it('stops at the first failing stage and records each outcome for the tally', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cbr-stages-'));
    writeFileSync(join(folder, 'vitest-unit.json'), '{"stale": true}');
    const ran: string[] = [];
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const code = runStages(
      [
        { name: 'prettier', run: 'format:check' },
        { name: 'eslint', run: 'lint' },
        { name: 'tsc', run: 'typecheck' },
      ],
      folder,
      (script) => {
        ran.push(script);
        return script === 'lint' ? 2 : 0;
      },
    );
    quiet.mockRestore();
    expect(code).toBe(2);
    expect(ran).toEqual(['format:check', 'lint']);
    expect(existsSync(join(folder, 'vitest-unit.json'))).toBe(false);
    const recorded = JSON.parse(readFileSync(join(folder, 'stages.json'), 'utf8')) as {
      planned: string[];
      results: { name: string; status: string; exitCode: number }[];
    };
    expect(recorded.planned).toEqual(['prettier', 'eslint', 'tsc']);
    expect(recorded.results.map(({ name, status, exitCode }) => [name, status, exitCode])).toEqual([
      ['prettier', 'passed', 0],
      ['eslint', 'failed', 2],
    ]);
  });
});
