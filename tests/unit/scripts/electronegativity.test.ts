import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkElectronSecurity } from '../../../scripts/electronegativity';
import {
  partitionFindings,
  type SecurityFinding,
} from '../../../scripts/electronegativity/allowlist';

const finding = (id: string, file: string): SecurityFinding => ({
  id,
  file,
  line: 3,
  column: 1,
  severity: 'MEDIUM',
  confidence: 'FIRM',
  description: 'x',
});
const reason = 'reviewed: the scanner cannot see the constant';

describe('partitionFindings', () => {
  it('allows a finding only when the check id and file both match an entry', () => {
    const allowlist = {
      allowed: [{ check: 'CSP_GLOBAL_CHECK', file: 'setup/security.ts', reason }],
    };
    const result = partitionFindings(
      [finding('CSP_GLOBAL_CHECK', 'setup/security.ts'), finding('CSP_GLOBAL_CHECK', 'main.ts')],
      allowlist,
    );
    expect(result.allowed.map((entry) => entry.finding.file)).toEqual(['setup/security.ts']);
    expect(result.unexpected.map((entry) => entry.file)).toEqual(['main.ts']);
    expect(result.stale).toEqual([]);
  });

  it('reports allowlist entries that no longer match anything', () => {
    const allowlist = { allowed: [{ check: 'SANDBOX_JS_CHECK', file: 'old.ts', reason }] };
    expect(partitionFindings([], allowlist).stale).toHaveLength(1);
  });
});

describe('checkElectronSecurity (runs Electronegativity)', () => {
  function quietly<T>(run: () => Promise<T>): Promise<T> {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    return run().finally(() => vi.restoreAllMocks());
  }

  it('fails on an insecure window that is not allowlisted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cbr-eneg-'));
    writeFileSync(
      join(dir, 'main.ts'),
      "import { BrowserWindow } from 'electron';\n" +
        'new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });\n',
    );
    const allowlist = join(dir, 'allowlist.json');
    writeFileSync(allowlist, JSON.stringify({ allowed: [] }));
    await expect(quietly(() => checkElectronSecurity(dir, allowlist))).resolves.toBe(1);
  });

  it('passes on our electron/ sources with the reviewed allowlist', async () => {
    await expect(quietly(() => checkElectronSecurity())).resolves.toBe(0);
  });

  it('refuses an allowlist entry without a written reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cbr-eneg-'));
    writeFileSync(join(dir, 'main.ts'), 'export {};\n');
    const allowlist = join(dir, 'allowlist.json');
    writeFileSync(
      allowlist,
      JSON.stringify({ allowed: [{ check: 'X', file: 'a.ts', reason: 'ok' }] }),
    );
    await expect(quietly(() => checkElectronSecurity(dir, allowlist))).rejects.toThrow(
      /written reason/,
    );
  });
});
