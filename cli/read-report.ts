import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeReportBytes, parseReportText, ReportDecodeError } from '../shared/import';
import type { ParsedReport } from '../shared/model/report';
import { CliError } from './errors';
import type { Lang } from './lang';
import { say } from './lang';

export interface ReadReport {
  name: string;
  report: ParsedReport;
  encoding: 'utf-8' | 'euc-kr';
}

/** `npm run cli` runs from the project folder; paths are meant from where the clerk typed them. */
function located(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

function readBytes(given: string, lang: Lang): Uint8Array {
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

/** Reads, decodes and parses one report file (or stdin for '-'); throws CliError naming the file. */
export function readReport(path: string, lang: Lang): ReadReport {
  const name = path === '-' ? '<stdin>' : path;
  const bytes = readBytes(path, lang);
  if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '') {
    throw new CliError(
      say(lang, { ko: `${name}: 빈 파일입니다`, en: `${name}: the file is empty` }),
    );
  }
  let decoded: ReturnType<typeof decodeReportBytes>;
  try {
    decoded = decodeReportBytes(bytes);
  } catch (error) {
    if (error instanceof ReportDecodeError) throw new CliError(`${name}: ${error.message}`);
    throw error;
  }
  const fileName = path === '-' ? undefined : path.split(/[\\/]/).pop();
  const report = parseReportText(decoded.text, {
    ...(fileName === undefined ? {} : { fileName }),
    today: new Date(),
  });
  if (isNotAReport(report)) {
    throw new CliError(
      say(lang, {
        ko: `${name}: 의회 업무보고로 보이지 않습니다 (예산 항목·인력표·회기 표시가 없음)`,
        en: `${name}: does not look like a council work report (no budget lines, headcount or sitting)`,
      }),
    );
  }
  return { name, report, encoding: decoded.encoding };
}
