import type { Finding, Severity } from '../shared/model/report';
import { CliError } from './errors';
import { fileArgs, langOf, say, type Lang } from './lang';
import { readReport } from './read-report';
import { renderTable } from './text-width';

const SEVERITY: Record<Severity, { ko: string; en: string }> = {
  error: { ko: '오류', en: 'error' },
  warning: { ko: '경고', en: 'warning' },
  info: { ko: '참고', en: 'info' },
};

function findingsTable(findings: readonly Finding[], lang: Lang): string {
  const header =
    lang === 'ko' ? ['줄', '구분', '코드', '내용'] : ['line', 'severity', 'code', 'message'];
  const rows = findings.map((f) => [
    String(f.source.line),
    say(lang, SEVERITY[f.severity]),
    f.code,
    f.message[lang],
  ]);
  return renderTable([header, ...rows]).replace(/^/gm, '  ');
}

interface Tally {
  files: number;
  unreadable: number;
  error: number;
  warning: number;
  info: number;
}

function summary(tally: Tally, lang: Lang): string {
  const unreadable =
    tally.unreadable > 0
      ? say(lang, {
          ko: ` · 읽지 못한 파일 ${tally.unreadable}`,
          en: ` · ${tally.unreadable} unreadable`,
        })
      : '';
  return say(lang, {
    ko: `파일 ${tally.files}개 · 오류 ${tally.error} · 경고 ${tally.warning} · 참고 ${tally.info}${unreadable}`,
    en: `${tally.files} file(s) · ${tally.error} error(s) · ${tally.warning} warning(s) · ${tally.info} info${unreadable}`,
  });
}

/**
 * `audit FILE…`: findings per file as a table, then a one-line summary.
 * Exit 0 without errors, 1 with any error finding, 2 when a file could not be read as a report.
 */
export async function runAudit(
  args: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  const lang = langOf(args);
  const files = fileArgs(args);
  if (files.length === 0)
    throw new CliError(
      say(lang, {
        ko: '검사할 파일을 지정하세요: audit 파일…',
        en: 'name the files to check: audit FILE…',
      }),
    );
  const tally: Tally = { files: files.length, unreadable: 0, error: 0, warning: 0, info: 0 };
  for (const file of files) {
    try {
      const { name, report } = await readReport(file, lang);
      out(`== ${name} — ${report.document.title}`);
      for (const finding of report.findings) tally[finding.severity]++;
      if (report.findings.length === 0)
        out(say(lang, { ko: '  발견 사항 없음', en: '  no findings' }));
      else out(findingsTable(report.findings, lang));
      if (report.warnings.length > 0) {
        out(
          say(lang, {
            ko: `  가져오기 경고 ${report.warnings.length}건:`,
            en: `  ${report.warnings.length} import warning(s):`,
          }),
        );
        for (const warning of report.warnings) out(`    ${warning.line}: ${warning.message[lang]}`);
      }
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      tally.unreadable++;
      err(`== ${error.message}`);
    }
    out('');
  }
  out(summary(tally, lang));
  if (tally.unreadable > 0) return 2;
  return tally.error > 0 ? 1 : 0;
}
