/**
 * The exported form of the user's table corrections (`parse --corrections FILE.json`, the import
 * preview's 교정 내보내기 / 불러오기): one document's corrections, or a list of several documents'.
 */
import { z } from 'zod';
import type { DocumentCorrections } from './interpret/table-corrections';

const TableCorrectionSchema = z.object({
  signature: z.string().min(1),
  headerRows: z.number().int().nonnegative().optional(),
  roles: z.array(z.string().nullable()).optional(),
  unit: z.enum(['원', '천원', '백만원', '억원', '십억원', '조원']).optional(),
  parents: z.array(z.number().int().nonnegative().nullable()).optional(),
});

export const DocumentCorrectionsSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  tables: z.array(TableCorrectionSchema),
});

export const CorrectionsFileSchema = z.union([
  DocumentCorrectionsSchema,
  z.array(DocumentCorrectionsSchema),
]);

export type CorrectionsFileResult =
  { ok: true; corrections: DocumentCorrections[] } | { ok: false; problem: string };

/** Checks parsed JSON as a corrections file; always answers a list. */
export function readCorrectionsData(data: unknown): CorrectionsFileResult {
  const checked = CorrectionsFileSchema.safeParse(data);
  if (!checked.success) return { ok: false, problem: checked.error.issues[0]?.message ?? '' };
  const list = Array.isArray(checked.data) ? checked.data : [checked.data];
  return { ok: true, corrections: list as DocumentCorrections[] };
}
