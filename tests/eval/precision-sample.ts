/**
 * `npx tsx tests/eval/precision-sample.ts [--doc NAME] [--size 20] [--seed 12]`: the eval measures
 * recall only; this draws a reproducible random sample of the lines a key does NOT match, for a
 * person to check against the rendered page (precision). Prints one line per sampled line with
 * its place, name, year, figures and the source text, and a stable id (page|line|field=amount) so
 * the same sample can be judged again after a change.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../shared/import/parse-report';
import type { BudgetLine } from '../../shared/model/report';
import { corpusPath } from '../support/corpus';
import { loadCliReaders } from './cli-readers';
import { loadKey } from './key-schema';
import { describeLine, matchFacts } from './match-facts';

const KEYS = fileURLToPath(new URL('../corpus-keys', import.meta.url));

/** mulberry32: a tiny seeded generator, so the same seed draws the same sample. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** Every line the key's facts match (the same rule as `npm run eval`, all candidates). */
function matchedLines(
  facts: Parameters<typeof matchFacts>[0],
  lines: BudgetLine[],
): Set<BudgetLine> {
  const matched = new Set<BudgetLine>();
  for (const fact of facts)
    for (const line of lines) if (matchFacts([fact], [line])[0]?.found) matched.add(line);
  return matched;
}

async function main(): Promise<void> {
  const doc = arg('doc', '');
  const size = Number(arg('size', '20'));
  const seed = Number(arg('seed', '12'));
  const { readers } = await loadCliReaders();
  const keyFiles = [
    ...readdirSync(KEYS).map((name) => join(KEYS, name)),
    ...readdirSync(join(KEYS, 'held-out')).map((name) => join(KEYS, 'held-out', name)),
  ].filter((file) => file.endsWith('.key.json'));
  for (const file of keyFiles) {
    const key = loadKey(file);
    if (doc && !key.document.includes(doc) && !file.includes(doc)) continue;
    const path = corpusPath(key.document);
    if (!existsSync(path)) continue;
    const parsed = await parseDocument(
      new Uint8Array(readFileSync(path)),
      { fileName: basename(path) },
      readers,
    );
    const lines = parsed.report.lines;
    const matched = matchedLines(key.facts, lines);
    const unmatched = lines.filter((line) => !matched.has(line));
    const random = seeded(seed);
    const pool = [...unmatched];
    const sample: BudgetLine[] = [];
    while (sample.length < size && pool.length)
      sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    sample.sort((a, b) => a.source.line - b.source.line);
    console.log(
      `\n# ${key.document}: ${lines.length} lines, ${matched.size} matched, sample ${sample.length} of ${unmatched.length}`,
    );
    for (const line of sample) {
      const where = [line.bureau, line.department].filter(Boolean).join(' › ');
      const tags = [
        line.fromSentence ? 'sentence' : '',
        line.parentKey ? `child of ${line.parentKey}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      console.log(
        `- ${describeLine(line)}${where ? ` [${where}]` : ''}${tags ? ` (${tags})` : ''}`,
      );
      console.log(`    src: ${(line.source.text ?? '').slice(0, 160)}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
