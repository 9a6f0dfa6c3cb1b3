/**
 * The real documents live beside the repository in ../shared/corpus, never inside it. Tests that
 * read them skip with a printed reason when the folder is absent — except under CI=true, where a
 * missing corpus is a failure (a CI run that silently skips the real documents proves nothing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED_CORPUS = join(import.meta.dirname, '../../../shared/corpus');

const printed = new Set<string>();

/**
 * Whether `relative` (a folder or file under ../shared/corpus) is there. Absent: prints why the
 * tests that need it are skipped, or throws under CI=true.
 */
export function corpusPresent(relative = '', who = 'corpus tests'): boolean {
  const path = join(SHARED_CORPUS, relative);
  if (existsSync(path)) return true;
  const reason = `${who}: ${path} is absent`;
  if (process.env.CI === 'true') throw new Error(`${reason} (CI=true requires the corpus)`);
  if (!printed.has(reason)) {
    printed.add(reason);
    console.log(`[skipped] ${reason}`);
  }
  return false;
}

export function corpusPath(relative: string): string {
  return join(SHARED_CORPUS, relative);
}

export function corpusBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(corpusPath(relative)));
}

/** Files in a corpus folder (sorted), with their paths relative to the corpus. */
export function corpusFiles(folder: string, extension?: RegExp): string[] {
  return readdirSync(corpusPath(folder))
    .filter((name) => !extension || extension.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * The text of one of the three text reports at the corpus root, by its number: '000', '002', '004'.
 * Call after corpusPresent(); a missing file throws with its name.
 */
export function corpusReportText(number: string): string {
  const [file] = corpusFiles('', new RegExp(`^${number}_.*\\.txt$`));
  if (!file) throw new Error(`no text report ${number}_….txt in ${SHARED_CORPUS}`);
  return readFileSync(corpusPath(file), 'utf8');
}
