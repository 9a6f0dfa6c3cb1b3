import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ParsedReportSchema, type ParsedReport } from '../../shared/model/report';

export interface ReadReport {
  file: string;
  report: ParsedReport;
}

export type ReadResult = { ok: true; reports: ReadReport[] } | { ok: false; error: string };

interface Importer {
  parseReport(text: string, options: { fileName: string }): unknown;
  decodeReportBytes(bytes: Uint8Array): unknown;
}

/**
 * The importer (shared/import) is loaded when first needed; it is another engineer's module, so
 * its answer is checked against the ParsedReport schema rather than trusted.
 */
async function loadImporter(): Promise<Importer> {
  const url = new URL('../../shared/import/index.ts', import.meta.url).href;
  const module = (await import(url)) as Partial<Importer>;
  if (typeof module.parseReport !== 'function' || typeof module.decodeReportBytes !== 'function')
    throw new Error('shared/import does not export parseReport and decodeReportBytes');
  return module as Importer;
}

function decodedText(decoded: unknown): string {
  if (typeof decoded === 'string') return decoded;
  if (
    decoded &&
    typeof decoded === 'object' &&
    'text' in decoded &&
    typeof decoded.text === 'string'
  )
    return decoded.text;
  throw new Error('decodeReportBytes gave no text');
}

/** A report file: a work report as text (UTF-8 or CP949), or a ParsedReport as JSON (`parse --json`). */
async function readOne(file: string, importer: () => Promise<Importer>): Promise<ParsedReport> {
  const bytes = new Uint8Array(await readFile(file));
  if (file.toLowerCase().endsWith('.json')) {
    const checked = ParsedReportSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    if (!checked.success)
      throw new Error(`보고서 JSON 형식이 아닙니다: ${checked.error.issues[0]?.message ?? ''}`);
    return checked.data;
  }
  const { parseReport, decodeReportBytes } = await importer();
  const parsed = ParsedReportSchema.safeParse(
    parseReport(decodedText(decodeReportBytes(bytes)), { fileName: basename(file) }),
  );
  if (!parsed.success)
    throw new Error('보고서를 해석하지 못했습니다 (the importer returned no report)');
  if (parsed.data.lines.length === 0 && parsed.data.personnel.length === 0)
    throw new Error(
      '예산이나 인력 표가 없어 주요업무 보고서로 보이지 않습니다 (not a work report)',
    );
  return parsed.data;
}

/** Reads every file; the first unreadable one stops with a message naming it. */
export async function readReports(files: readonly string[]): Promise<ReadResult> {
  let importer: Promise<Importer> | undefined;
  const reports: ReadReport[] = [];
  for (const file of files) {
    try {
      reports.push({ file, report: await readOne(file, () => (importer ??= loadImporter())) });
    } catch (error) {
      const reason =
        error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT'
          ? '파일이 없습니다 (no such file)'
          : error instanceof Error
            ? error.message
            : String(error);
      return { ok: false, error: `${file}: ${reason}` };
    }
  }
  return { ok: true, reports };
}
