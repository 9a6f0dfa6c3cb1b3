/** What each Dexie table holds. Lines live in chunks (see line-codec.ts); everything else is a row. */
import type { DocumentMeta, Finding, ImportWarning, PersonnelRow } from '@shared/model/report';
import type { BriefingPack, ImportLogAction, ImportLogEntry, Note } from './api';

export type { ImportLogAction };
import type { EncodedChunk } from './line-codec';

export interface DocumentRecord {
  id?: number;
  meta: DocumentMeta;
  fileName: string;
  importedAt: string;
  lineCount: number;
  personnelCount: number;
  findingCounts: { error: number; warning: number; info: number };
  warnings: ImportWarning[];
  chunkCount: number;
}

/** The imported text, kept apart from the document row so listing documents never loads it. */
export interface TextRecord {
  documentId: number;
  text: string;
}

/** The file as it was imported (PDF, HWP, spreadsheet), for showing the original page or cell. */
export interface OriginalRecord {
  documentId: number;
  bytes: Uint8Array;
}

export interface LineChunkRecord {
  documentId: number;
  chunk: number;
  count: number;
  data: EncodedChunk;
}

export type PersonnelRecord = PersonnelRow & { id?: number; documentId: number };
export type FindingRecord = Finding & { id?: number; documentId: number };
export type NoteRecord = Omit<Note, 'id'> & { id?: number };
export type PackRecord = Omit<BriefingPack, 'id'> & { id?: number };

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type ImportLogRecord = Omit<ImportLogEntry, 'id'> & { id?: number };
