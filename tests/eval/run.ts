/**
 * `npm run eval [-- --doc NAME] [--json] [--verbose]`: scores the importer against the answer keys
 * in tests/corpus-keys (format and matching rules in its README). Each document is parsed once,
 * with the CLI's readers, exactly as `npm run cli` would read it. Not a pass/fail test: it prints
 * how far the importer is from reading real documents right. Keys in corpus-keys/held-out/ are of
 * documents the rules were never tuned on: they are totalled apart, as the held-out measure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../shared/import/parse-report';
import { isReaderError } from '../../shared/import/readers/reader-error';
import { corpusPath, SHARED_CORPUS } from '../support/corpus';
import { loadCliReaders } from './cli-readers';
import { formatDocument, formatTotals } from './format';
import { loadKey, type AnswerKey } from './key-schema';
import { scoreDocument, totals, unscored, type DocumentScore } from './score';

const KEYS = fileURLToPath(new URL('../corpus-keys', import.meta.url));
const HELD_OUT = 'held-out';

interface Options {
  doc?: string;
  json: boolean;
  verbose: boolean;
}

function options(argv: string[]): Options {
  const parsed: Options = { json: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') parsed.json = true;
    else if (arg === '--verbose' || arg === '-v') parsed.verbose = true;
    else if (arg === '--doc') parsed.doc = argv[++i];
    else if (arg?.startsWith('--doc=')) parsed.doc = arg.slice('--doc='.length);
    else throw new Error(`unknown option ${arg} (use --doc NAME, --json, --verbose)`);
  }
  return parsed;
}

/** `--doc` picks keys whose file or document name contains NAME (e.g. 관광마이스국, 002). */
function selected(keyFile: string, key: AnswerKey, doc: string | undefined): boolean {
  return !doc || keyFile.includes(doc) || key.document.includes(doc);
}

async function scoreOne(
  keyFile: string,
  key: AnswerKey,
  readers: Awaited<ReturnType<typeof loadCliReaders>>['readers'],
): Promise<DocumentScore> {
  const path = corpusPath(key.document);
  if (!existsSync(path)) return unscored(keyFile, key, 'absent', `${path} is absent`);
  try {
    const bytes = new Uint8Array(readFileSync(path));
    const parsed = await parseDocument(bytes, { fileName: basename(path) }, readers);
    return scoreDocument(keyFile, key, parsed.report);
  } catch (error) {
    if (isReaderError(error) && error.code === 'unsupported' && error.format)
      return unscored(keyFile, key, 'no reader', `no ${error.format} reader in cli/readers.ts`);
    const message = isReaderError(error) ? error.en : String((error as Error).message ?? error);
    return unscored(keyFile, key, 'read failed', message);
  }
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const keys = [...keysIn(KEYS, ''), ...keysIn(join(KEYS, HELD_OUT), `${HELD_OUT}/`)];
  const chosen = keys.filter(({ file, key }) => selected(file, key, opts.doc));
  if (chosen.length === 0) throw new Error(`no answer key matches --doc ${opts.doc ?? ''}`);
  if (!existsSync(SHARED_CORPUS)) console.error(`[skipped] ${SHARED_CORPUS} is absent`);
  const { readers, formats } = await loadCliReaders();
  if (!opts.json)
    console.log(
      formats.length
        ? `Readers: text, ${formats.join(', ')} (cli/readers.ts)\n`
        : 'Readers: text only (no cli/readers.ts yet)\n',
    );
  const scores: DocumentScore[] = [];
  for (const { file, key } of chosen) {
    const score = await scoreOne(file, key, readers);
    scores.push(score);
    if (!opts.json) console.log(formatDocument(score, opts.verbose) + '\n');
  }
  const tuned = scores.filter((score) => !isHeldOut(score));
  const heldOut = scores.filter(isHeldOut);
  if (opts.json)
    console.log(
      JSON.stringify(
        { documents: scores, totals: totals(tuned), heldOutTotals: totals(heldOut) },
        null,
        2,
      ),
    );
  else {
    if (tuned.length) console.log(formatTotals(tuned));
    if (heldOut.length) {
      if (tuned.length) console.log('');
      console.log(
        formatTotals(heldOut, 'Held-out (keyed before tuning; see tests/corpus-keys/README.md)'),
      );
    }
  }
}

function keysIn(folder: string, prefix: string): { file: string; key: AnswerKey }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.key.json'))
    .sort()
    .map((name) => ({ file: `${prefix}${name}`, key: loadKey(join(folder, name)) }));
}

function isHeldOut(score: DocumentScore): boolean {
  return score.keyFile.startsWith(`${HELD_OUT}/`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
