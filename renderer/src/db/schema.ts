/**
 * Schema versions, append-only (Dexie docs style): never edit a published entry, add a new one.
 * Every upgrade has a test in tests/unit/db/schema-upgrade.test.ts that opens the previous version.
 */
import type { Transaction } from 'dexie';
import type { DocumentRecord, ImportLogRecord } from './records';
import type { LocalizedText } from '@shared/model/localized-text';
import { notesToDocuments } from './notes/upgrade-v4';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      documents: '++id, meta.sha256, importedAt',
      texts: 'documentId',
      lineChunks: '[documentId+chunk], documentId',
      personnel: '++id, documentId',
      findings: '++id, documentId, lineKey',
      notes: '++id, lineKey',
      packs: '++id',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: { importLog: '++id, documentId, at' },
    /** v2 adds the import log and records every document already stored as imported. */
    upgrade: async (tx) => {
      const documents = (await tx.table('documents').toArray()) as DocumentRecord[];
      const entries: ImportLogRecord[] = documents.map((doc) => ({
        action: 'import',
        documentId: doc.id!,
        title: doc.meta.title,
        fileName: doc.fileName,
        sha256: doc.meta.sha256,
        at: doc.importedAt,
        lineCount: doc.lineCount,
        warningCount: doc.warnings.length,
        findingCount: doc.findingCounts.error + doc.findingCounts.warning + doc.findingCounts.info,
      }));
      await tx.table('importLog').bulkAdd(entries);
    },
  },
  {
    version: 3,
    stores: { originals: 'documentId' },
    /**
     * v3 keeps each document's original file (a PDF's pages, an HWP's cells are shown from it) and
     * gives import warnings an English text: warnings stored before have Korean only, kept as both.
     */
    upgrade: async (tx) => {
      await tx
        .table('documents')
        .toCollection()
        .modify((doc: { warnings: { message: unknown; line: number }[] }) => {
          doc.warnings = doc.warnings.map((warning) => ({
            ...warning,
            message: localizedWarning(warning.message),
          }));
        });
    },
  },
  {
    version: 4,
    stores: { notes: '++id, lineKey, documentId' },
    /**
     * v4 gives every note its document: notes were keyed by line key only, so two documents sharing
     * a key shared a note. A note is kept on each document holding its key (notes/attach.ts).
     */
    upgrade: notesToDocuments,
  },
];

/** a warning's message as v1/v2 stored it (Korean text) or as v3 does ({ ko, en }) */
export function localizedWarning(message: unknown): LocalizedText {
  if (typeof message === 'string') return { ko: message, en: message };
  return message as LocalizedText;
}

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
