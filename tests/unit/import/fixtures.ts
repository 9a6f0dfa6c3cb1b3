import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/reports');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

/** Every UTF-8 text fixture (the CP949 one is bytes, read separately). */
export function allTextFixtures(): { name: string; text: string }[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.txt') && !name.includes('cp949'))
    .sort()
    .map((name) => ({ name, text: readFixture(name) }));
}
