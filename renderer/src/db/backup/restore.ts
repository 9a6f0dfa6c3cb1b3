/** Writes a validated backup in ONE transaction: replace everything, or merge into what is there. */
import type { BudgetLine } from '@shared/model/report';
import type { RestoreMode, ValidatedBackup } from '../api';
import type { CbrDatabase } from '../database';
import { guarded } from '../errors';
import { encodeChunk } from '../line-codec';
import { LINES_PER_CHUNK } from '../repositories/documents';
import { logEntry } from '../repositories/convert';
import type { DocumentRecord, NoteRecord } from '../records';
import { attachLegacyNotes, type DocumentKeys } from '../notes/attach';
import { attachWaitingNotes } from '../notes/repository';
import { base64ToBytes } from './base64';
import type { BackupContent, BackupDocument } from './format';

function linesByDocument(content: BackupContent): Map<number, BudgetLine[]> {
  const grouped = new Map<number, BudgetLine[]>();
  for (const { documentId, ...line } of content.lines) {
    let list = grouped.get(documentId);
    if (!list) grouped.set(documentId, (list = []));
    list.push(line);
  }
  return grouped;
}

async function writeDocument(
  db: CbrDatabase,
  doc: BackupDocument,
  lines: readonly BudgetLine[],
  keepId: boolean,
): Promise<DocumentRecord> {
  const { id, text, ...rest } = doc;
  const chunkCount = Math.ceil(lines.length / LINES_PER_CHUNK);
  const record: DocumentRecord = { ...rest, chunkCount, ...(keepId ? { id } : {}) };
  const documentId = await db.documents.add(record);
  record.id = documentId;
  await db.texts.add({ documentId, text });
  const chunks = [];
  for (let chunk = 0; chunk < chunkCount; chunk++) {
    const part = lines.slice(chunk * LINES_PER_CHUNK, (chunk + 1) * LINES_PER_CHUNK);
    chunks.push({ documentId, chunk, count: part.length, data: encodeChunk(part) });
  }
  await db.lineChunks.bulkAdd(chunks);
  return record;
}

/** the backup's documents as notes see them (a backup made before store v4 has legacy notes) */
function documentKeys(content: BackupContent, lines: Map<number, BudgetLine[]>): DocumentKeys[] {
  return content.documents.map((doc) => ({
    documentId: doc.id,
    sha256: doc.meta.sha256,
    keys: new Set((lines.get(doc.id) ?? []).map((line) => line.key)),
  }));
}

/** the original files by the backup's document id (backups made before store v3 have none) */
function originalsByDocument(content: BackupContent): Map<number, Uint8Array> {
  return new Map(
    (content.originals ?? []).map((original) => [
      original.documentId,
      base64ToBytes(original.base64),
    ]),
  );
}

async function replaceAll(db: CbrDatabase, content: BackupContent) {
  await Promise.all(db.tables.map((table) => table.clear()));
  const lines = linesByDocument(content);
  for (const doc of content.documents) await writeDocument(db, doc, lines.get(doc.id) ?? [], true);
  const originals = [...originalsByDocument(content)].map(([documentId, bytes]) => ({
    documentId,
    bytes,
  }));
  if (originals.length > 0 && db.hasTable('originals')) await db.originals.bulkAdd(originals);
  await db.personnel.bulkAdd(content.personnel);
  await db.findings.bulkAdd(content.findings);
  const { kept, copies } = attachLegacyNotes(content.notes, documentKeys(content, lines));
  await db.notes.bulkAdd(kept);
  // the copies take new ids after every id the backup names
  if (copies.length > 0) await db.notes.bulkAdd(copies);
  await db.packs.bulkAdd(content.packs);
  await db.settings.bulkAdd(content.settings);
  if (content.importLog && db.hasTable('importLog')) await db.importLog.bulkAdd(content.importLog);
}

/** adds what is not already there: documents by text hash, notes and packs by content, settings by key */
async function mergeInto(db: CbrDatabase, content: BackupContent) {
  const existing = await db.documents.toArray();
  const idByHash = new Map(existing.map((doc) => [doc.meta.sha256, doc.id!]));
  const newId = new Map<number, number>();
  const lines = linesByDocument(content);
  const originals = originalsByDocument(content);
  for (const doc of content.documents) {
    const known = idByHash.get(doc.meta.sha256);
    if (known !== undefined) {
      newId.set(doc.id, known);
      continue;
    }
    const docLines = lines.get(doc.id) ?? [];
    const record = await writeDocument(db, doc, docLines, false);
    newId.set(doc.id, record.id!);
    const keys = new Set(docLines.map((line) => line.key));
    await attachWaitingNotes(db, { documentId: record.id!, sha256: doc.meta.sha256, keys });
    idByHash.set(doc.meta.sha256, record.id!);
    const original = originals.get(doc.id);
    if (original && db.hasTable('originals'))
      await db.originals.add({ documentId: record.id!, bytes: original });
    const belongs = <T extends { documentId: number }>(rows: T[]) =>
      rows
        .filter((row) => row.documentId === doc.id)
        .map((row) => ({ ...row, documentId: record.id! }));
    await db.personnel.bulkAdd(belongs(content.personnel));
    await db.findings.bulkAdd(belongs(content.findings));
    if (db.hasTable('importLog')) await db.importLog.add(logEntry('import', record));
  }
  // a note is the same note when it is on the same file's line, written at the same time
  const noteKey = (note: NoteRecord) =>
    [note.documentSha256 ?? '', note.lineKey, note.createdAt, note.text].join('\u0000');
  const knownNotes = new Set((await db.notes.toArray()).map(noteKey));
  const { kept, copies } = attachLegacyNotes(content.notes, documentKeys(content, lines));
  const incoming = [...kept, ...copies].map(({ id: _id, documentId, ...note }): NoteRecord => {
    const mapped = documentId === undefined ? undefined : newId.get(documentId);
    return mapped === undefined ? note : { ...note, documentId: mapped };
  });
  await db.notes.bulkAdd(incoming.filter((note) => !knownNotes.has(noteKey(note))));
  const packKey = (pack: { title: string; createdAt: string }) =>
    `${pack.title}\u0000${pack.createdAt}`;
  const knownPacks = new Set((await db.packs.toArray()).map(packKey));
  await db.packs.bulkAdd(
    content.packs
      .filter((pack) => !knownPacks.has(packKey(pack)))
      .map(({ id: _id, ...pack }) => ({
        ...pack,
        documentIds: pack.documentIds.flatMap((id) => newId.get(id) ?? []),
      })),
  );
  const knownSettings = new Set(await db.settings.toCollection().primaryKeys());
  await db.settings.bulkAdd(content.settings.filter((setting) => !knownSettings.has(setting.key)));
}

export async function restoreBackup(db: CbrDatabase, backup: ValidatedBackup, mode: RestoreMode) {
  const content = backup.content as BackupContent;
  await guarded(() =>
    db.transaction('rw', db.tables, () =>
      mode === 'replace' ? replaceAll(db, content) : mergeInto(db, content),
    ),
  );
}
