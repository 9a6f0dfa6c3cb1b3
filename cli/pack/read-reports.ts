import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseReportBytes } from '../../shared/import';
import { ParsedReportSchema, type ParsedReport } from '../../shared/model/report';

export interface ReadReport {
  file: string;
  report: ParsedReport;
}

export type ReadResult = { ok: true; reports: ReadReport[] } | { ok: false; error: string };

/** A report file: a work report as text (UTF-8 or CP949), or a ParsedReport as JSON (`parse --json`). */
async function readOne(file: string): Promise<ParsedReport> {
  const bytes = new Uint8Array(await readFile(file));
  if (file.toLowerCase().endsWith('.json')) {
    const checked = ParsedReportSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    if (!checked.success)
      throw new Error(`보고서 JSON 형식이 아닙니다: ${checked.error.issues[0]?.message ?? ''}`);
    return checked.data;
  }
  const { encoding: _encoding, ...report } = parseReportBytes(bytes, {
    fileName: basename(file),
    today: new Date(),
  });
  if (report.lines.length === 0 && report.personnel.length === 0)
    throw new Error(
      '예산이나 인력 표가 없어 주요업무 보고서로 보이지 않습니다 (not a work report)',
    );
  return report;
}

/** Reads every file; the first unreadable one stops with a message naming it. */
export async function readReports(files: readonly string[]): Promise<ReadResult> {
  const reports: ReadReport[] = [];
  for (const file of files) {
    try {
      reports.push({ file, report: await readOne(file) });
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
