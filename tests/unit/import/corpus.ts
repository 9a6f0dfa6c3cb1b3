import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real sample reports live outside the repository; tests that read them skip when absent. */
export const CORPUS_DIR = join(import.meta.dirname, '../../../../shared/corpus');
export const hasCorpus = existsSync(CORPUS_DIR);

if (!hasCorpus) {
  console.log(`[import tests] ${CORPUS_DIR} is absent: skipping the sample-report facts.`);
}

export function readCorpus(prefix: string): string {
  const file = [
    '000_64616b29328228c5.txt',
    '002_2c8e31590cdd4dd1.txt',
    '004_3d0787eec413c715.txt',
  ].find((name) => name.startsWith(prefix));
  return readFileSync(join(CORPUS_DIR, file!), 'utf8');
}
