/** Record ↔ API shapes. */
import type { StoredDocument } from '../api';
import type { DocumentRecord, ImportLogAction, ImportLogRecord } from '../records';

export function toStoredDocument(record: DocumentRecord): StoredDocument {
  return {
    id: record.id!,
    meta: record.meta,
    fileName: record.fileName,
    importedAt: record.importedAt,
    lineCount: record.lineCount,
    personnelCount: record.personnelCount,
    findingCounts: record.findingCounts,
    warnings: record.warnings,
  };
}

export function logEntry(
  action: ImportLogAction,
  record: DocumentRecord,
  at = new Date().toISOString(),
): ImportLogRecord {
  const { error, warning, info } = record.findingCounts;
  return {
    action,
    documentId: record.id!,
    title: record.meta.title,
    fileName: record.fileName,
    sha256: record.meta.sha256,
    at,
    lineCount: record.lineCount,
    warningCount: record.warnings.length,
    findingCount: error + warning + info,
  };
}
