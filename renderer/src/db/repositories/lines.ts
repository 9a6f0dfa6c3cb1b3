/** Reading lines, personnel and findings, by document and fiscal year. */
import Dexie from 'dexie';
import type { LineFilter, StoredFinding, StoredLine, StoredPersonnel } from '../api';
import type { CbrDatabase } from '../database';
import { guarded } from '../errors';
import { decodeChunk } from '../line-codec';

async function documentIdsFor(db: CbrDatabase, filter: LineFilter): Promise<number[]> {
  return filter.documentIds ?? ((await db.documents.toCollection().primaryKeys()) as number[]);
}

function yearFilter(filter: LineFilter) {
  const years = filter.fiscalYears && new Set(filter.fiscalYears);
  return <T extends { fiscalYear?: number }>(rows: T[]): T[] =>
    years ? rows.filter((row) => row.fiscalYear !== undefined && years.has(row.fiscalYear)) : rows;
}

export function linesRepository(db: CbrDatabase) {
  const chunksOf = (documentId: number) =>
    db.lineChunks
      .where('[documentId+chunk]')
      .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey]);

  /** every line of one document, chunk by chunk, in document order */
  async function linesOfDocument(documentId: number): Promise<StoredLine[]> {
    const chunks = await chunksOf(documentId).toArray();
    const lines: StoredLine[] = [];
    for (const chunk of chunks) {
      const decoded = decodeChunk(chunk.data, documentId);
      for (let i = 0; i < decoded.length; i++) lines.push(decoded[i]!);
    }
    return lines;
  }

  /**
   * The lines of one document a chunk (a few thousand lines) at a time, for work over very large
   * documents that need not hold every line at once (totals, exports).
   */
  async function* lineChunks(documentId: number): AsyncGenerator<StoredLine[]> {
    const keys = (await chunksOf(documentId).primaryKeys()) as [number, number][];
    for (const key of keys) {
      const chunk = await guarded(() => db.lineChunks.get(key));
      if (chunk) yield decodeChunk(chunk.data, documentId);
    }
  }

  async function linesFor(filter: LineFilter = {}): Promise<StoredLine[]> {
    return guarded(async () => {
      const keep = yearFilter(filter);
      const result: StoredLine[] = [];
      for (const id of await documentIdsFor(db, filter)) {
        const lines = keep(await linesOfDocument(id));
        for (let i = 0; i < lines.length; i++) result.push(lines[i]!);
      }
      return result;
    });
  }

  async function personnelFor(filter: LineFilter = {}): Promise<StoredPersonnel[]> {
    return guarded(async () => {
      const rows = filter.documentIds
        ? await db.personnel.where('documentId').anyOf(filter.documentIds).toArray()
        : await db.personnel.toArray();
      return rows.map(({ id: _id, ...row }) => row);
    });
  }

  async function findingsFor(filter: LineFilter = {}): Promise<StoredFinding[]> {
    return guarded(async () => {
      const rows = filter.documentIds
        ? await db.findings.where('documentId').anyOf(filter.documentIds).toArray()
        : await db.findings.toArray();
      const years = filter.fiscalYears && new Set(filter.fiscalYears.map(String));
      // a finding's year is its line key's first segment; findings without a line key always show
      const kept = years
        ? rows.filter((row) => !row.lineKey || years.has(row.lineKey.split('|')[0] ?? ''))
        : rows;
      return kept.map(({ id: _id, ...row }) => row);
    });
  }

  return { linesFor, linesOfDocument, lineChunks, personnelFor, findingsFor };
}
