/** Everything in the database → one `.cbr-backup` file (gzip bytes). */
import type { CbrDatabase } from '../database';
import { StoreError, guarded } from '../errors';
import { linesRepository } from '../repositories/lines';
import { bytesToBase64 } from './base64';
import { sha256Async } from '@shared/text/sha256';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  type BackupContent,
  type BackupFile,
} from './format';
import { gzip } from './gzip';

const withoutUndefined = <T>(rows: T[]): T[] => JSON.parse(JSON.stringify(rows)) as T[];

export async function readContent(db: CbrDatabase): Promise<BackupContent> {
  return guarded(() =>
    db.transaction('r', db.tables, async () => {
      const documentRows = await db.documents.toArray();
      const texts = new Map((await db.texts.toArray()).map((row) => [row.documentId, row.text]));
      const { linesOfDocument } = linesRepository(db);
      const stored = new Set(documentRows.map((doc) => doc.id!));
      const lines: BackupContent['lines'] = [];
      for (const doc of documentRows) {
        const ofDocument = await linesOfDocument(doc.id!);
        for (let i = 0; i < ofDocument.length; i++) lines.push(ofDocument[i]!);
      }
      return {
        documents: documentRows.map(({ chunkCount: _chunks, ...doc }) => ({
          ...doc,
          id: doc.id!,
          text: texts.get(doc.id!) ?? '',
        })),
        lines,
        personnel: (await db.personnel.toArray()).map(({ id: _id, ...row }) => row),
        findings: (await db.findings.toArray()).map(({ id: _id, ...row }) => row),
        // a note names only a document the backup holds (a deleted one's notes wait by hash)
        notes: (withoutUndefined(await db.notes.toArray()) as BackupContent['notes']).map(
          ({ documentId, ...note }) =>
            documentId !== undefined && stored.has(documentId) ? { ...note, documentId } : note,
        ),
        // a pack keeps the ids of documents deleted since; the backup names only those it holds
        packs: (withoutUndefined(await db.packs.toArray()) as BackupContent['packs']).map(
          (pack) => ({ ...pack, documentIds: pack.documentIds.filter((id) => stored.has(id)) }),
        ),
        settings: await db.settings.toArray(),
        ...(db.hasTable('importLog')
          ? { importLog: (await db.importLog.toArray()) as BackupContent['importLog'] }
          : {}),
        ...(db.hasTable('originals')
          ? {
              originals: (await db.originals.toArray())
                .filter((original) => stored.has(original.documentId))
                .map(({ documentId, bytes }) => ({ documentId, base64: bytesToBase64(bytes) })),
            }
          : {}),
      };
    }),
  );
}

const tooLarge = {
  ko: '자료가 너무 커서 백업 파일 하나에 담을 수 없습니다. 데이터는 그대로입니다. 필요 없는 문서를 지운 뒤 다시 만드세요.',
  en: 'The data is too large for one backup file; your data is unchanged. Delete documents you no longer need and try again.',
};

/**
 * The file's JSON is written by hand so the content is serialised once: its SHA-256 covers exactly
 * JSON.stringify(content), which JSON.parse → JSON.stringify reproduces when the file is read.
 */
export async function encodeBackup(content: BackupContent, createdAt = new Date().toISOString()) {
  const contentJson = JSON.stringify(content);
  const header: Omit<BackupFile, 'content'> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt,
    sha256: await sha256Async(contentJson),
  };
  const text = `${JSON.stringify(header).slice(0, -1)},"content":${contentJson}}`;
  const bytes = new TextEncoder().encode(text);
  // a backup the restore would refuse is no backup: say so now
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw new StoreError('too-large', tooLarge);
  return gzip(bytes);
}

export async function createBackup(db: CbrDatabase): Promise<Uint8Array> {
  return encodeBackup(await readContent(db));
}

/** e.g. 의회예산검토-백업-2026-11-23.cbr-backup */
export function backupFileName(now = new Date()): string {
  return `의회예산검토-백업-${now.toISOString().slice(0, 10)}.cbr-backup`;
}
