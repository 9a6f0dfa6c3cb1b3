import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKey } from '../../eval/key-schema';
import { corpusPath, corpusPresent } from '../../support/corpus';

const KEYS = fileURLToPath(new URL('../../corpus-keys', import.meta.url));
/** the keys the rules were tuned on, then the held-out ones (held-out/…) */
const keyFiles = [
  ...readdirSync(KEYS).filter((name) => name.endsWith('.key.json')),
  ...readdirSync(join(KEYS, 'held-out'))
    .filter((name) => name.endsWith('.key.json'))
    .map((name) => `held-out/${name}`),
].sort();

describe('the answer keys in tests/corpus-keys', () => {
  it('exist', () => {
    expect(keyFiles.length).toBeGreaterThan(0);
  });

  it.each(keyFiles)('%s validates against the key schema', (file) => {
    expect(() => loadKey(join(KEYS, file))).not.toThrow();
  });

  it.each(keyFiles)('%s lists every checked sum that is off among its errors', (file) => {
    const key = loadKey(join(KEYS, file));
    const wrong = key.checked.filter((c) => c.stated !== c.computed);
    for (const c of wrong)
      expect(key.errors.some((e) => e.stated === c.stated && e.computed === c.computed)).toBe(true);
  });

  it.each(keyFiles)('%s is named after its document', (file) => {
    const { document } = loadKey(join(KEYS, file));
    const stem = document.replace(/\.[^.]+$/, '').replace(/\//g, '--');
    expect(
      `${stem}.key.json`.replace(/^busan-2025--2025년 (.+) 주요업무계획/, 'busan-2025--$1'),
    ).toBe(basename(file));
  });

  describe.skipIf(!corpusPresent('', 'answer-key documents'))('their documents', () => {
    it.each(keyFiles)('%s names a document in ../shared/corpus', (file) => {
      const { document } = loadKey(join(KEYS, file));
      expect(existsSync(corpusPath(document))).toBe(true);
    });
  });
});
