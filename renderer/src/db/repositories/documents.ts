/** Importing, listing and removing documents. One import or removal = one transaction. */
import type { ParsedReport } from '@shared/model/report';
import type { ImportResult, StoredDocument } from '../api';
import type { CbrDatabase } from '../database';
import { StoreError, guarded } from '../errors';
import { encodeChunk, type LineCodec } from '../line-codec';
import type { DocumentRecord } from '../records';
import { attachWaitingNotes, detachNotes } from '../notes/repository';
import { logEntry, toStoredDocument } from './convert';

export const LINES_PER_CHUNK = 5000;

export interface ImportHooks {
  /** called inside the import transaction after each chunk of lines is written (tests inject failures here) */
  afterLineChunk?(written: number, total: number): void;
  codec?: LineCodec;
  linesPerChunk?: number;
}

function countFindings(parsed: ParsedReport) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of parsed.findings) counts[finding.severity]++;
  return counts;
}

export function documentsRepository(db: CbrDatabase, hooks: ImportHooks = {}) {
  const perChunk = hooks.linesPerChunk ?? LINES_PER_CHUNK;

  async function importDocument(
    parsed: ParsedReport,
    file: { name: string; text: string; original?: Uint8Array },
    options: { allowDuplicate?: boolean } = {},
  ): Promise<ImportResult> {
    return guarded(() =>
      db.transaction('rw', db.dataTables(), async () => {
        if (!options.allowDuplicate) {
          const existing = await db.documents
            .where('meta.sha256')
            .equals(parsed.document.sha256)
            .first();
          if (existing)
            return { status: 'duplicate', existing: toStoredDocument(existing) } as const;
        }
        const chunkCount = Math.ceil(parsed.lines.length / perChunk);
        const record: DocumentRecord = {
          meta: parsed.document,
          fileName: file.name,
          importedAt: new Date().toISOString(),
          lineCount: parsed.lines.length,
          personnelCount: parsed.personnel.length,
          findingCounts: countFindings(parsed),
          warnings: parsed.warnings,
          chunkCount,
        };
        const documentId = await db.documents.add(record);
        record.id = documentId;
        await db.texts.add({ documentId, text: file.text });
        if (file.original && db.hasTable('originals'))
          await db.originals.add({ documentId, bytes: file.original });
        // queue every chunk without waiting: IndexedDB writes one while the next is encoded
        const writes: Promise<unknown>[] = [];
        try {
          for (let chunk = 0; chunk < chunkCount; chunk++) {
            const lines = parsed.lines.slice(chunk * perChunk, (chunk + 1) * perChunk);
            const data = encodeChunk(lines, hooks.codec);
            writes.push(db.lineChunks.add({ documentId, chunk, count: lines.length, data }));
            hooks.afterLineChunk?.(chunk + 1, chunkCount);
          }
        } catch (error) {
          void Promise.allSettled(writes); // they fail with the aborted transaction; already reported
          throw error;
        }
        await Promise.all(writes);
        await db.personnel.bulkAdd(parsed.personnel.map((row) => ({ ...row, documentId })));
        await db.findings.bulkAdd(parsed.findings.map((finding) => ({ ...finding, documentId })));
        const keys = new Set(parsed.lines.map((line) => line.key));
        await attachWaitingNotes(db, { documentId, sha256: parsed.document.sha256, keys });
        if (db.hasTable('importLog')) await db.importLog.add(logEntry('import', record));
        return { status: 'imported', document: toStoredDocument(record) } as const;
      }),
    );
  }

  async function listDocuments(): Promise<StoredDocument[]> {
    return guarded(async () => (await db.documents.toArray()).map(toStoredDocument));
  }

  async function documentText(id: number): Promise<string | undefined> {
    return guarded(async () => (await db.texts.get(id))?.text);
  }

  async function originalFile(id: number): Promise<Uint8Array | undefined> {
    return guarded(async () =>
      db.hasTable('originals') ? (await db.originals.get(id))?.bytes : undefined,
    );
  }

  /** removes the document's lines, personnel, findings and text; its notes wait for a re-import */
  async function remove(
    id: number,
    action: 'delete' | 'undo',
  ): Promise<StoredDocument | undefined> {
    return guarded(() =>
      db.transaction('rw', db.dataTables(), async () => {
        const record = await db.documents.get(id);
        if (!record) return undefined;
        await db.lineChunks.where('documentId').equals(id).delete();
        await db.personnel.where('documentId').equals(id).delete();
        await db.findings.where('documentId').equals(id).delete();
        await db.texts.delete(id);
        if (db.hasTable('originals')) await db.originals.delete(id);
        await detachNotes(db, id);
        await db.documents.delete(id);
        if (db.hasTable('importLog')) await db.importLog.add(logEntry(action, record));
        return toStoredDocument(record);
      }),
    );
  }

  async function deleteDocument(id: number): Promise<void> {
    const removed = await remove(id, 'delete');
    if (!removed)
      throw new StoreError('not-found', {
        ko: `문서(번호 ${id})를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.`,
        en: `Document ${id} was not found; it may already have been deleted.`,
      });
  }

  /** the most recently imported document still stored (the highest id) */
  async function lastImported(): Promise<StoredDocument | undefined> {
    return guarded(async () => {
      const record = await db.documents.orderBy(':id').last();
      return record ? toStoredDocument(record) : undefined;
    });
  }

  async function undoLastImport(): Promise<StoredDocument | undefined> {
    const last = await lastImported();
    return last ? remove(last.id, 'undo') : undefined;
  }

  return {
    importDocument,
    listDocuments,
    documentText,
    originalFile,
    deleteDocument,
    undoLastImport,
    lastImported,
  };
}
