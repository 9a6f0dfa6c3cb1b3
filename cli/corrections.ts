import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DocumentCorrections } from '../shared/import';
import { CliError } from './errors';
import { say, type Lang } from './lang';

const TableCorrectionSchema = z.object({
  signature: z.string().min(1),
  headerRows: z.number().int().nonnegative().optional(),
  roles: z.array(z.string().nullable()).optional(),
  unit: z.enum(['원', '천원', '백만원', '억원', '조원']).optional(),
  parents: z.array(z.number().int().nonnegative().nullable()).optional(),
});
const DocumentCorrectionsSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  tables: z.array(TableCorrectionSchema),
});
/** An exported set: one document's corrections, or several documents' in a list. */
const CorrectionsFileSchema = z.union([
  DocumentCorrectionsSchema,
  z.array(DocumentCorrectionsSchema),
]);

/** `--corrections FILE.json` / `--corrections=FILE.json`: the path, when given. */
export function correctionsPath(args: readonly string[]): string | undefined {
  const index = args.findIndex(
    (arg) => arg === '--corrections' || arg.startsWith('--corrections='),
  );
  if (index < 0) return undefined;
  return args[index]!.includes('=') ? args[index]!.split('=').slice(1).join('=') : args[index + 1];
}

/** Reads an exported set of table corrections; a file that is not one is a clear error. */
export function readCorrections(path: string, lang: Lang): DocumentCorrections[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), path), 'utf8'));
  } catch (error) {
    throw new CliError(
      say(lang, {
        ko: `${path}: 교정 파일을 읽지 못했습니다 (${(error as Error).message})`,
        en: `${path}: could not read the corrections file (${(error as Error).message})`,
      }),
    );
  }
  const checked = CorrectionsFileSchema.safeParse(data);
  if (!checked.success)
    throw new CliError(
      say(lang, {
        ko: `${path}: 표 교정 파일 형식이 아닙니다 (${checked.error.issues[0]?.message ?? ''})`,
        en: `${path}: not a table corrections file (${checked.error.issues[0]?.message ?? ''})`,
      }),
    );
  const list = Array.isArray(checked.data) ? checked.data : [checked.data];
  return list as DocumentCorrections[];
}
