import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipHwpx } from '../../../support/hwpx-writer';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/hwpx');

/** A hand-written HWPX fixture's parts (tests/fixtures/hwpx/<name>/…) as a path → XML map. */
export function fixtureParts(name: string): Record<string, string> {
  const root = join(FIXTURES, name);
  const parts: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else parts[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return parts;
}

export function fixtureHwpx(name: string, without: string[] = []): Uint8Array {
  const parts = fixtureParts(name);
  for (const part of without) delete parts[part];
  return zipHwpx(parts);
}
