/** Everything in the database → one `.cbr-backup` file (gzip bytes). */
import type { CbrDatabase } from '../database';
import { guarded } from '../errors';
import { linesRepository } from '../repositories/lines';
import { sha256Async } from '@shared/text/sha256';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupContent, type BackupFile } from './format';
import { gzip } from './gzip';

const withoutUndefined = <T>(rows: T[]): T[] => JSON.parse(JSON.stringify(rows)) as T[];

export async function readContent(db: CbrDatabase): Promise<BackupContent> {
  return guarded(() =>
    db.transaction('r', db.tables, async () => {
      const documentRows = await db.documents.toArray();
      const texts = new Map((await db.texts.toArray()).map((row) => [row.documentId, row.text]));
      const { linesOfDocument } = linesRepository(db);
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
        notes: withoutUndefined(await db.notes.toArray()) as BackupContent['notes'],
        packs: withoutUndefined(await db.packs.toArray()) as BackupContent['packs'],
        settings: await db.settings.toArray(),
        ...(db.hasTable('importLog')
          ? { importLog: (await db.importLog.toArray()) as BackupContent['importLog'] }
          : {}),
      };
    }),
  );
}

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
  return gzip(new TextEncoder().encode(text));
}

export async function createBackup(db: CbrDatabase): Promise<Uint8Array> {
  return encodeBackup(await readContent(db));
}

/** e.g. 의회예산검토-백업-2026-11-23.cbr-backup */
export function backupFileName(now = new Date()): string {
  return `의회예산검토-백업-${now.toISOString().slice(0, 10)}.cbr-backup`;
}
