import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildElectron } from '../../../scripts/build-electron';

describe('build:electron', () => {
  it('bundles main and a self-contained preload that requires only electron', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'cbr-build-electron-'));
    const { main, preload } = await buildElectron(outDir);
    expect(main).toBe(join(outDir, 'main.cjs'));
    const preloadCode = readFileSync(preload, 'utf8');
    const required = [...preloadCode.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preloadCode).toContain('exposeInMainWorld("cbr"');
    expect(readFileSync(main, 'utf8')).toContain('registerSchemesAsPrivileged');
  });
});
