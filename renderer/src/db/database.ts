/** The Dexie database: typed table accessors over the append-only schema list. */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type {
  DocumentRecord,
  FindingRecord,
  ImportLogRecord,
  LineChunkRecord,
  NoteRecord,
  PackRecord,
  PersonnelRecord,
  OriginalRecord,
  SettingRecord,
  TextRecord,
} from './records';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export const DATABASE_NAME = 'council-budget-review';

export interface DatabaseOptions {
  name?: string;
  /** defaults to SCHEMA_VERSIONS; an empty list opens whatever version is on disk (dynamic mode) */
  versions?: readonly SchemaVersion[];
  /** for tests: a fake-indexeddb factory and its key range */
  indexedDB?: DexieOptions['indexedDB'];
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
}

export class CbrDatabase extends Dexie {
  constructor(options: DatabaseOptions = {}) {
    super(options.name ?? DATABASE_NAME, {
      // every transaction is flushed to disk before it reports success: imports must not vanish
      chromeTransactionDurability: 'strict',
      autoOpen: true,
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const entry of options.versions ?? SCHEMA_VERSIONS) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }

  get documents() {
    return this.table<DocumentRecord, number>('documents');
  }
  get texts() {
    return this.table<TextRecord, number>('texts');
  }
  get originals() {
    return this.table<OriginalRecord, number>('originals');
  }
  get lineChunks() {
    return this.table<LineChunkRecord, [number, number]>('lineChunks');
  }
  get personnel() {
    return this.table<PersonnelRecord, number>('personnel');
  }
  get findings() {
    return this.table<FindingRecord, number>('findings');
  }
  get notes() {
    return this.table<NoteRecord, number>('notes');
  }
  get packs() {
    return this.table<PackRecord, number>('packs');
  }
  get settings() {
    return this.table<SettingRecord, string>('settings');
  }
  get importLog() {
    return this.table<ImportLogRecord, number>('importLog');
  }

  /** the tables an import or a delete writes; importLog from v2, originals from v3 */
  dataTables(): Table[] {
    const names = [
      'documents',
      'notes',
      'texts',
      'originals',
      'lineChunks',
      'personnel',
      'findings',
      'importLog',
    ];
    return names.filter((name) => this.hasTable(name)).map((name) => this.table(name));
  }

  hasTable(name: string): boolean {
    return this.tables.some((table) => table.name === name);
  }
}
