/**
 * `npm run eval [-- --doc NAME] [--json] [--verbose]`: scores the importer against the answer keys
 * in tests/corpus-keys (format and matching rules in its README). Each document is parsed once,
 * with the CLI's readers, exactly as `npm run cli` would read it. Not a pass/fail test: it prints
 * how far the importer is from reading real documents right.
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
  const keyFiles = readdirSync(KEYS)
    .filter((name) => name.endsWith('.key.json'))
    .sort();
  const keys = keyFiles.map((file) => ({ file, key: loadKey(join(KEYS, file)) }));
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
  if (opts.json)
    console.log(JSON.stringify({ documents: scores, totals: totals(scores) }, null, 2));
  else console.log(formatTotals(scores));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
