/**
 * `npm run bench`: runs every tests/bench/*.bench.ts module's `run()` in turn and prints its figures.
 * Each bench measures itself against a naive baseline in the same run and prints the ratio.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchModule {
  title: string;
  run(): Promise<void>;
}

const dir = import.meta.dirname;
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

for (const file of files) {
  const bench = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
  console.log(`\n== ${bench.title} (${file})`);
  await bench.run();
}
