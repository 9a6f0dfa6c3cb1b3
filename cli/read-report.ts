import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  isReaderError,
  parseDocument,
  sniffFormat,
  type DocumentParse,
  type ParseDocumentOptions,
} from '../shared/import';
import type { ParsedReport } from '../shared/model/report';
import { CliError } from './errors';
import type { Lang } from './lang';
import { say } from './lang';
import { nodeReaders } from './readers';

export interface ReadReport {
  name: string;
  report: ParsedReport;
  /** the text encoding, for text files */
  encoding?: 'utf-8' | 'euc-kr';
  /** what the reader made of the file (text rendering, blocks, positions) */
  read: DocumentParse['read'];
}

/** `npm run cli` runs from the project folder; paths are meant from where the clerk typed them. */
function located(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export function readBytes(given: string, lang: Lang): Uint8Array {
  if (given === '-') return readFileSync(0);
  const path = located(given);
  try {
    if (statSync(path).isDirectory())
      throw new CliError(
        say(lang, {
          ko: `${given}: 폴더입니다. 파일을 지정하세요`,
          en: `${given}: is a folder, not a file`,
        }),
      );
    return readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new CliError(
        say(lang, { ko: `${given}: 파일이 없습니다`, en: `${given}: no such file` }),
      );
    if (code === 'EACCES')
      throw new CliError(
        say(lang, { ko: `${given}: 읽을 권한이 없습니다`, en: `${given}: permission denied` }),
      );
    throw new CliError(`${given}: ${(error as Error).message}`);
  }
}

/** True when nothing in the text looks like a council report: no figures, no headcount, no title. */
function isNotAReport(report: ParsedReport): boolean {
  const { document } = report;
  const hasTitle = /주요\s*업무|업무\s*(?:보고|계획)|추진\s*실적|예산/.test(document.title);
  return (
    report.lines.length === 0 && report.personnel.length === 0 && !hasTitle && !document.session
  );
}

function isBlank(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return true;
  return sniffFormat(bytes) === 'text' && new TextDecoder().decode(bytes).trim() === '';
}

/** The bytes of one file (or stdin for '-'), refusing an empty one; throws CliError naming it. */
export function readInput(path: string, lang: Lang): { name: string; bytes: Uint8Array } {
  const name = path === '-' ? '<stdin>' : path;
  const bytes = readBytes(path, lang);
  if (isBlank(bytes)) {
    throw new CliError(
      say(lang, { ko: `${name}: 빈 파일입니다`, en: `${name}: the file is empty` }),
    );
  }
  return { name, bytes };
}

/** A file that cannot be read (not a format we read, scanned, encrypted…) is one line naming it. */
export function readerFailure(name: string, error: unknown): never {
  if (isReaderError(error)) throw new CliError(`${name}: ${error.ko} / ${error.en}`);
  throw error;
}

/**
 * Reads and parses one report file of any format we read (or stdin for '-'); throws CliError naming
 * the file when it cannot be read or is not a report.
 */
export async function readReport(
  path: string,
  lang: Lang,
  options: Pick<ParseDocumentOptions, 'corrections'> = {},
): Promise<ReadReport> {
  const { name, bytes } = readInput(path, lang);
  const fileName = path === '-' ? undefined : path.split(/[\\/]/).pop();
  let parsed: DocumentParse;
  try {
    parsed = await parseDocument(
      bytes,
      { ...(fileName ? { fileName } : {}), today: new Date(), ...options },
      nodeReaders,
    );
  } catch (error) {
    readerFailure(name, error);
  }
  const { report, read } = parsed;
  if (isNotAReport(report)) {
    throw new CliError(
      say(lang, {
        ko: `${name}: 의회 업무보고로 보이지 않습니다 (예산 항목·인력표·회기 표시가 없음)`,
        en: `${name}: does not look like a council work report (no budget lines, headcount or sitting)`,
      }),
    );
  }
  const result: ReadReport = { name, report, read };
  if (read.encoding) result.encoding = read.encoding;
  return result;
}
