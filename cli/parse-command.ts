import { CliError } from './errors';
import { linesToCsv } from './csv';
import { fileArgs, langOf, say } from './lang';
import { readAnyReport, spreadsheetFlags, withoutSheetFlags } from './sheets';

/** `parse FILE|- [--json|--csv]`: the ParsedReport as JSON (default) or its lines as CSV. */
export async function runParse(
  args: readonly string[],
  out: (text: string) => void,
): Promise<number> {
  const lang = langOf(args);
  const files = fileArgs(withoutSheetFlags(args));
  if (files.length !== 1) {
    throw new CliError(
      say(lang, {
        ko: '파일 하나를 지정하세요: parse 파일|- [--json|--csv]',
        en: 'name one file: parse FILE|- [--json|--csv]',
      }),
    );
  }
  const { report } = await readAnyReport(files[0]!, lang, spreadsheetFlags(args, lang));
  if (args.includes('--csv')) out(linesToCsv(report.lines));
  else out(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
