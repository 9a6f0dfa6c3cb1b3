/**
 * The `.cbr-backup` file: gzip of versioned JSON {format, version, createdAt, sha256, content}, the
 * SHA-256 taken over JSON.stringify(content) (key order as written; any edit changes it). Since
 * store v3 the content may carry `originals` (each imported file's bytes, base64); backups made
 * before have none and restore without them. Since store v4 a note names its document
 * (`documentId`, `documentSha256`); notes of older backups get theirs when restored.
 */
import { z } from 'zod';
import {
  BudgetLineSchema,
  DocumentMetaSchema,
  FindingSchema,
  ImportWarningSchema,
  PersonnelRowSchema,
} from '@shared/model/report';

export const BACKUP_FORMAT = 'cbr-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_EXTENSION = '.cbr-backup';
/**
 * The most a backup may hold once decompressed: the JSON must fit in one JavaScript string
 * (V8: about 512 M characters), and a restore reads no further, whatever the file claims.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

const id = z.number().int().positive();

/** backups made before v3 of the store hold warnings as Korean strings */
const BackupWarningSchema = z.union([
  ImportWarningSchema,
  z.object({ message: z.string(), line: z.number().int().positive() }).transform((warning) => ({
    ...warning,
    message: { ko: warning.message, en: warning.message },
  })),
]);
const time = z.string().min(1);

export const BackupDocumentSchema = z.object({
  id,
  meta: DocumentMetaSchema,
  fileName: z.string(),
  text: z.string(),
  importedAt: time,
  lineCount: z.number().int().nonnegative(),
  personnelCount: z.number().int().nonnegative(),
  findingCounts: z.object({
    error: z.number().int().nonnegative(),
    warning: z.number().int().nonnegative(),
    info: z.number().int().nonnegative(),
  }),
  warnings: z.array(BackupWarningSchema),
});

/** documentId and documentSha256 since store v4; a backup made before has notes keyed by line only */
const NoteSchema = z.object({
  id,
  documentId: id.optional(),
  documentSha256: z.string().min(1).optional(),
  lineKey: z.string().min(1),
  kind: z.enum(['question', 'finding', 'follow-up']),
  status: z.enum(['open', 'answered', 'closed']),
  text: z.string(),
  author: z.string().optional(),
  createdAt: time,
  updatedAt: time,
});

const PackSchema = z.object({
  id,
  title: z.string(),
  council: z.string().optional(),
  session: z.string().optional(),
  date: z.string().optional(),
  preparedBy: z.string().optional(),
  documentIds: z.array(z.number().int()),
  departments: z.array(z.string()),
  includeFindings: z.boolean(),
  includeNotes: z.boolean(),
  createdAt: time,
  updatedAt: time,
});

const ImportLogSchema = z.object({
  id,
  action: z.enum(['import', 'delete', 'undo']),
  documentId: z.number().int(),
  title: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  at: time,
  lineCount: z.number().int(),
  warningCount: z.number().int(),
  findingCount: z.number().int(),
});

const withDocument = { documentId: z.number().int().positive() };

export const BackupContentSchema = z.object({
  documents: z.array(BackupDocumentSchema),
  lines: z.array(BudgetLineSchema.extend(withDocument)),
  personnel: z.array(PersonnelRowSchema.extend(withDocument)),
  findings: z.array(FindingSchema.extend(withDocument)),
  notes: z.array(NoteSchema),
  packs: z.array(PackSchema),
  settings: z.array(z.object({ key: z.string(), value: z.unknown() })),
  importLog: z.array(ImportLogSchema).optional(),
  /** the imported files (PDF, HWP, sheets); absent in backups made before store v3 */
  originals: z.array(z.strictObject({ documentId: id, base64: z.base64() })).optional(),
});
export type BackupContent = z.infer<typeof BackupContentSchema>;
export type BackupDocument = z.infer<typeof BackupDocumentSchema>;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  sha256: string;
  content: BackupContent;
}
