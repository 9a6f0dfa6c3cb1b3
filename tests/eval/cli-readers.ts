/**
 * The CLI's Node readers (cli/readers.ts), when that module exists: the eval reads documents the
 * way `npm run cli` does. Loaded by path at run time so the eval works before a format's reader has
 * landed — a document in a format with no reader is then scored as "no reader".
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Reader, Readers } from '../../shared/import/readers/types';

const READERS_MODULE = fileURLToPath(new URL('../../cli/readers.ts', import.meta.url));

const FORMATS = new Set(['text', 'pdf', 'hwp', 'hwpx', 'csv', 'xlsx']);

export function isReaders(value: unknown): value is Readers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    entries.every(([format, reader]) => FORMATS.has(format) && typeof reader === 'function')
  );
}

/** The readers an imported module offers: an exported map, or an exported `…Readers()` factory. */
export async function readersFrom(module: Record<string, unknown>): Promise<Readers | undefined> {
  for (const value of Object.values(module)) if (isReaders(value)) return value;
  for (const [name, value] of Object.entries(module)) {
    if (typeof value !== 'function' || value.length > 0 || !/readers/i.test(name)) continue;
    const made: unknown = await (value as () => unknown)();
    if (isReaders(made)) return made;
  }
  return undefined;
}

export interface LoadedReaders {
  readers: Readers;
  /** which formats the CLI can read besides text, for the printed header */
  formats: string[];
}

export async function loadCliReaders(): Promise<LoadedReaders> {
  if (!existsSync(READERS_MODULE)) return { readers: {}, formats: [] };
  const module = (await import(pathToFileURL(READERS_MODULE).href)) as Record<string, unknown>;
  const readers = (await readersFrom(module)) ?? {};
  const formats = Object.entries(readers)
    .filter(([, reader]) => typeof (reader as Reader | undefined) === 'function')
    .map(([format]) => format);
  return { readers, formats };
}
