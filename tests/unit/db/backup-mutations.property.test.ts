import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../renderer/src/db/backup/create';
import { sha256Async as sha256Hex } from '@shared/text/sha256';
import type { BackupContent } from '../../../renderer/src/db/backup/format';
import { gunzip, gzip } from '../../../renderer/src/db/backup/gzip';
import { StoreError } from '../../../renderer/src/db/errors';
import { generateReport } from '../../bench/synthetic';
import { file, freshStore, snapshot } from './helpers';

/**
 * A forger (or a damaged disk) edits a backup and recomputes its checksum. Whatever the edit, a
 * restore either refuses the file and leaves the data exactly as it was, or restores exactly what
 * the file holds: never a part of it.
 */
type Rows = Record<string, unknown>[];
const COLLECTIONS = [
  'documents',
  'lines',
  'personnel',
  'findings',
  'notes',
  'packs',
  'settings',
  'importLog',
  'originals',
] as const;
type Collection = (typeof COLLECTIONS)[number];

const rows = (content: BackupContent, name: Collection) => (content[name] ?? []) as unknown as Rows;

type Mutation =
  | { kind: 'drop' | 'duplicate'; collection: Collection; at: number }
  | { kind: 'edit'; collection: Collection; at: number; field: string; value: unknown };

const edits: [Collection, string, fc.Arbitrary<unknown>][] = [
  ['lines', 'documentId', fc.integer({ min: 1, max: 4 })],
  ['lines', 'budget', fc.integer({ min: -1e9, max: 1e9 })],
  ['personnel', 'documentId', fc.integer({ min: 1, max: 4 })],
  ['findings', 'documentId', fc.integer({ min: 1, max: 4 })],
  ['documents', 'id', fc.integer({ min: 1, max: 4 })],
  ['documents', 'lineCount', fc.integer({ min: 0, max: 12 })],
  ['documents', 'personnelCount', fc.integer({ min: 0, max: 12 })],
  ['notes', 'id', fc.integer({ min: 1, max: 4 })],
  ['notes', 'lineKey', fc.oneof(fc.string(), fc.constant('2024|총무과|새 사업'))],
  ['notes', 'text', fc.string()],
  ['notes', 'documentId', fc.integer({ min: 1, max: 4 })],
  ['packs', 'documentIds', fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 3 })],
  ['settings', 'key', fc.constantFrom('unit', 'language', 'autoBackup')],
  ['originals', 'documentId', fc.integer({ min: 1, max: 4 })],
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('drop' as const, 'duplicate' as const),
    collection: fc.constantFrom(...COLLECTIONS),
    at: fc.nat(20),
  }),
  fc
    .tuple(fc.constantFrom(...edits), fc.nat(20))
    .chain(([[collection, field, value], at]) =>
      value.map((v) => ({ kind: 'edit' as const, collection, at, field, value: v })),
    ),
);

/** applies the mutation; false when the collection is empty (nothing to mutate) */
function mutate(content: BackupContent, change: Mutation): boolean {
  const list = rows(content, change.collection);
  if (list.length === 0) return false;
  const at = change.at % list.length;
  if (change.kind === 'edit') list[at] = { ...list[at]!, [change.field]: change.value };
  else if (change.kind === 'drop') list.splice(at, 1);
  else list.splice(at, 0, structuredClone(list[at]!));
  return true;
}

const byId = (key: string) => (a: Rows[number], b: Rows[number]) =>
  String(a[key]).localeCompare(String(b[key]), 'en', { numeric: true });

/** the same data whatever order the tables give rows back in (rows of one document keep theirs) */
function normalized(content: BackupContent): Record<string, Rows> {
  const sorted: Record<string, Rows> = {};
  const sortKey: Record<Collection, string> = {
    documents: 'id',
    lines: 'documentId',
    personnel: 'documentId',
    findings: 'documentId',
    notes: 'id',
    packs: 'id',
    settings: 'key',
    importLog: 'id',
    originals: 'documentId',
  };
  for (const name of COLLECTIONS) sorted[name] = [...rows(content, name)].sort(byId(sortKey[name]));
  return sorted;
}

let original: { sha256: string; content: BackupContent } & Record<string, unknown>;

beforeAll(async () => {
  const { store } = freshStore();
  await store.importDocument(generateReport(6, 1), {
    ...file('a.pdf'),
    original: new Uint8Array([37, 80, 68, 70, 0, 255]),
  });
  await store.importDocument(generateReport(5, 2), file('b.txt'));
  const [line] = await store.linesFor();
  await store.addNote(
    { documentId: line!.documentId, lineKey: line!.key },
    { kind: 'question', text: '사유?' },
  );
  await store.addNote(
    { documentId: 2, lineKey: '2099|없는과|지운 사업' },
    {
      kind: 'finding',
      text: '문서를 지워도 남는 메모',
    },
  );
  await store.savePack({
    title: '정례회',
    documentIds: [1, 2],
    departments: [],
    includeFindings: true,
    includeNotes: false,
  });
  await store.setSetting('unit', '천원');
  await store.setSetting('language', 'ko');
  const bytes = await store.createBackup();
  original = JSON.parse(new TextDecoder().decode(await gunzip(bytes))) as typeof original;
});

describe('restoring a mutated backup', () => {
  it('refuses it with the data unchanged, or restores exactly what it holds', async () => {
    let refused = 0;
    let restored = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), async (changes) => {
        const content = structuredClone(original.content);
        if (!changes.map((change) => mutate(content, change)).some(Boolean)) return;
        const forged = { ...original, content, sha256: await sha256Hex(JSON.stringify(content)) };
        const bytes = await gzip(new TextEncoder().encode(JSON.stringify(forged)));

        const { db, store } = freshStore();
        await store.importDocument(generateReport(4, 9), file('own.txt'));
        await store.addNote(
          { documentId: 1, lineKey: '2024|총무과|내 사업' },
          { kind: 'question', text: '내 메모' },
        );
        const before = await snapshot(db);
        const read = await store.readBackup(bytes).then(
          (backup) => ({ backup }),
          (error: unknown) => ({ error }),
        );
        if ('error' in read) {
          refused++;
          expect(read.error).toBeInstanceOf(StoreError);
          expect((read.error as StoreError).code).toBe('backup-invalid');
          expect(await snapshot(db)).toEqual(before);
          return;
        }
        restored++;
        await store.restoreBackup(read.backup, 'replace');
        expect(normalized(await readContent(db))).toEqual(normalized(content));
      }),
      { numRuns: 80 },
    );
    // both outcomes happen: the property is not vacuous
    expect(refused).toBeGreaterThan(10);
    expect(restored).toBeGreaterThan(3);
  });
});
