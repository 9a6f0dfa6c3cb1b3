import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHwp } from '../../support/hwp-writer';
import { fixtureHwpx } from '../../unit/import/readers/hwpx-fixture';
import { SYNTHETIC_HWP } from '../../unit/import/readers/hwp-synthetic';

const ROOT = join(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'cbr-cli-hwp-'));

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// an HWPX named .hwp: the format comes from the bytes, not the name
const plan = join(scratch, 'welfare-plan.hwp');
writeFileSync(plan, fixtureHwpx('twin-welfare-plan'));
const locked = join(scratch, 'locked.hwp');
writeFileSync(locked, writeHwp({ ...SYNTHETIC_HWP, password: true }));

// each run starts Node and loads every reader (pdfjs included): slow on a busy machine
describe('the CLI on HWP and HWPX files', { timeout: 90_000 }, () => {
  it('audits an HWPX report: its two arithmetic errors, exit 1', () => {
    const { code, stdout } = cli(['audit', plan]);
    expect(stdout).toMatch(/29\s+오류\s+total-mismatch/);
    expect(stdout).toMatch(/31\s+오류\s+change-mismatch/);
    expect(code).toBe(1);
  });

  it('prints its blocks, the merged header cell with its span', () => {
    const { code, stdout } = cli(['blocks', plan]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/예산액\{→2\}/);
    expect(stdout).toMatch(/heading 2 1 \(number\): 어르신 돌봄 강화/);
  });

  it('names a password-protected HWP in one line and exits 2', () => {
    const { code, stderr } = cli(['parse', locked]);
    expect(stderr).toMatch(/암호가 걸린 HWP 문서입니다/);
    expect(code).toBe(2);
  });
});
