import { CliError } from './errors';
import { linesToCsv } from './csv';
import { fileArgs, langOf, say } from './lang';
import { correctionsPath, readCorrections } from './corrections';
import { readAnyReport, spreadsheetFlags, withoutSheetFlags } from './sheets';

/**
 * `parse FILE|- [--json|--csv] [--corrections FILE.json]`: the ParsedReport as JSON (default) or
 * its lines as CSV, with an exported set of table corrections applied.
 */
export async function runParse(
  args: readonly string[],
  out: (text: string) => void,
): Promise<number> {
  const lang = langOf(args);
  const correctionsFile = correctionsPath(args);
  const files = fileArgs(withoutSheetFlags(args)).filter((file) => file !== correctionsFile);
  if (files.length !== 1) {
    throw new CliError(
      say(lang, {
        ko: '파일 하나를 지정하세요: parse 파일|- [--json|--csv] [--corrections 교정.json]',
        en: 'name one file: parse FILE|- [--json|--csv] [--corrections FILE.json]',
      }),
    );
  }
  const corrections = correctionsFile ? readCorrections(correctionsFile, lang) : undefined;
  const { report } = await readAnyReport(
    files[0]!,
    lang,
    spreadsheetFlags(args, lang),
    corrections ? { corrections } : {},
  );
  if (args.includes('--csv')) out(linesToCsv(report.lines));
  else out(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
