import { readFile } from 'node:fs/promises';
import { ParsedReportSchema, type ParsedReport } from '../../shared/model/report';
import { CliError } from '../errors';
import { readReport } from '../read-report';

export interface ReadReport {
  file: string;
  report: ParsedReport;
}

export type ReadResult = { ok: true; reports: ReadReport[] } | { ok: false; error: string };

/**
 * A report file of any format `parse` reads (HWP, HWPX, PDF, spreadsheet, text in UTF-8 or CP949),
 * or a ParsedReport as JSON (`parse --json`).
 */
async function readOne(file: string): Promise<ParsedReport> {
  if (file.toLowerCase().endsWith('.json')) {
    const bytes = new Uint8Array(await readFile(file));
    const checked = ParsedReportSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    if (!checked.success)
      throw new Error(`보고서 JSON 형식이 아닙니다: ${checked.error.issues[0]?.message ?? ''}`);
    return checked.data;
  }
  const { report } = await readReport(file, 'ko');
  // a pack prints figures and headcounts: a report with a title but neither has nothing to print
  if (report.lines.length === 0 && report.personnel.length === 0)
    throw new Error(
      '예산이나 인력 표가 없어 주요업무 보고서로 보이지 않습니다 (not a work report)',
    );
  return report;
}

function reasonOf(file: string, error: unknown): string {
  // readReport's messages already start with the file's name
  if (error instanceof CliError) return error.message;
  const reason =
    error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT'
      ? '파일이 없습니다 (no such file)'
      : error instanceof Error
        ? error.message
        : String(error);
  return `${file}: ${reason}`;
}

/** Reads every file; the first unreadable one stops with a message naming it. */
export async function readReports(files: readonly string[]): Promise<ReadResult> {
  const reports: ReadReport[] = [];
  for (const file of files) {
    try {
      reports.push({ file, report: await readOne(file) });
    } catch (error) {
      return { ok: false, error: reasonOf(file, error) };
    }
  }
  return { ok: true, reports };
}
