import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkElectronSecurity } from '../../../scripts/electronegativity';
import { scanWithElectronegativity } from '../../../scripts/electronegativity/scan';
import {
  partitionFindings,
  type SecurityFinding,
} from '../../../scripts/electronegativity/allowlist';

const finding = (id: string, file: string, code = 'responseHeaders: {'): SecurityFinding => ({
  id,
  file,
  line: 3,
  column: 1,
  code,
  severity: 'MEDIUM',
  confidence: 'FIRM',
  description: 'x',
});
const reason = 'reviewed: the scanner cannot see the constant';

describe('partitionFindings', () => {
  it('allows a finding only when the check id and file both match an entry', () => {
    const allowlist = {
      allowed: [
        {
          check: 'CSP_GLOBAL_CHECK',
          file: 'setup/security.ts',
          code: 'responseHeaders: {',
          reason,
        },
      ],
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
    const allowlist = {
      allowed: [{ check: 'SANDBOX_JS_CHECK', file: 'old.ts', code: 'sandbox: false,', reason }],
    };
    expect(partitionFindings([], allowlist).stale).toHaveLength(1);
  });

  it('does not cover a new finding of the same check in the same file at other code', () => {
    const allowlist = {
      allowed: [{ check: 'PRELOAD_JS_CHECK', file: 'setup/window.ts', code: 'preload,', reason }],
    };
    const result = partitionFindings(
      [
        finding('PRELOAD_JS_CHECK', 'setup/window.ts', 'preload,'),
        finding('PRELOAD_JS_CHECK', 'setup/window.ts', "preload: join(dir, 'other.js'),"),
      ],
      allowlist,
    );
    expect(result.allowed).toHaveLength(1);
    expect(result.unexpected.map((entry) => entry.code)).toEqual([
      "preload: join(dir, 'other.js'),",
    ]);
  });

  it('covers one finding per entry, even when a second one points at identical code', () => {
    const allowlist = {
      allowed: [{ check: 'PRELOAD_JS_CHECK', file: 'setup/window.ts', code: 'preload,', reason }],
    };
    const twice = [
      finding('PRELOAD_JS_CHECK', 'setup/window.ts', 'preload,'),
      finding('PRELOAD_JS_CHECK', 'setup/window.ts', 'preload,'),
    ];
    expect(partitionFindings(twice, allowlist).unexpected).toHaveLength(1);
  });
});

const checkElectronSecurityFindings = async (dir: string) =>
  (await scanWithElectronegativity(dir, '45.0.0')).findings;

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

  it('fails when a second insecure window joins an allowlisted one in the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cbr-eneg-'));
    const insecure = 'new BrowserWindow({ webPreferences: { contextIsolation: false } });';
    const source = (windows: number) =>
      "import { BrowserWindow } from 'electron';\n" + `${insecure}\n`.repeat(windows);
    writeFileSync(join(dir, 'main.ts'), source(1));
    const allowlist = join(dir, 'allowlist.json');
    const lines = await quietly(() => checkElectronSecurityFindings(dir));
    writeFileSync(
      allowlist,
      JSON.stringify({
        allowed: lines.map((found) => ({
          check: found.id,
          file: found.file,
          code: found.code,
          reason: 'reviewed in this test: one window is allowed',
        })),
      }),
    );
    await expect(quietly(() => checkElectronSecurity(dir, allowlist))).resolves.toBe(0);
    writeFileSync(join(dir, 'main.ts'), source(2));
    await expect(quietly(() => checkElectronSecurity(dir, allowlist))).resolves.toBe(1);
  });

  it('refuses an allowlist entry without a written reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cbr-eneg-'));
    writeFileSync(join(dir, 'main.ts'), 'export {};\n');
    const allowlist = join(dir, 'allowlist.json');
    writeFileSync(
      allowlist,
      JSON.stringify({ allowed: [{ check: 'X', file: 'a.ts', code: 'x', reason: 'ok' }] }),
    );
    await expect(quietly(() => checkElectronSecurity(dir, allowlist))).rejects.toThrow(
      /written reason/,
    );
  });
});
