/**
 * `parse FILE.csv|FILE.xlsx [--sheet NAME] [--unit 천원] [--encoding cp949]`: spreadsheets through
 * the shared readers and the spreadsheet interpreter (headers recognised automatically).
 */
import { basename } from 'node:path';
import {
  isReaderError,
  looksLikeDelimitedTable,
  parseDocument,
  sniffFormat,
  spreadsheetReaders,
} from '../shared/import';
import { decodeSample } from '../shared/import/readers/csv/decode-csv';
import { SheetChoiceError, type SpreadsheetOptions } from '../shared/import/sheets';
import { MONEY_UNITS, type MoneyUnit } from '../shared/money/types';
import { CliError } from './errors';
import { say, type Lang } from './lang';
import { readBytes, readReport, type ReadReport } from './read-report';

const VALUED = ['--sheet', '--unit', '--encoding'] as const;

function flagValue(args: readonly string[], flag: string): string | undefined {
  const index = args.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (index < 0) return undefined;
  const arg = args[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

/** The arguments without the spreadsheet flags and their values (so a sheet name is not a file). */
export function withoutSheetFlags(args: readonly string[]): string[] {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if ((VALUED as readonly string[]).includes(arg)) {
      i++;
      continue;
    }
    if (VALUED.some((flag) => arg.startsWith(`${flag}=`))) continue;
    rest.push(arg);
  }
  return rest;
}

function encodingOf(value: string, lang: Lang): SpreadsheetOptions['encoding'] {
  const name = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (name === 'utf8') return 'utf-8';
  if (['cp949', 'euckr', 'ms949', 'uhc', 'windows949'].includes(name)) return 'euc-kr';
  throw new CliError(
    say(lang, {
      ko: `--encoding은 utf-8 또는 cp949입니다: ${value}`,
      en: `--encoding is utf-8 or cp949: ${value}`,
    }),
  );
}

/** `--sheet NAME`, `--unit 천원`, `--encoding cp949` (also as `--flag=value`). */
export function spreadsheetFlags(args: readonly string[], lang: Lang): SpreadsheetOptions {
  const options: SpreadsheetOptions = {};
  const sheet = flagValue(args, '--sheet');
  if (sheet !== undefined) options.sheet = sheet;
  const unit = flagValue(args, '--unit');
  if (unit !== undefined) {
    if (!Object.hasOwn(MONEY_UNITS, unit))
      throw new CliError(
        say(lang, {
          ko: `--unit은 ${Object.keys(MONEY_UNITS).join(', ')} 중 하나입니다: ${unit}`,
          en: `--unit is one of ${Object.keys(MONEY_UNITS).join(', ')}: ${unit}`,
        }),
      );
    options.unit = unit as MoneyUnit;
  }
  const encoding = flagValue(args, '--encoding');
  if (encoding !== undefined) options.encoding = encodingOf(encoding, lang);
  return options;
}

/** An XLSX, or text whose rows are cells of one width (CSV, TSV): decided by content, not name. */
export function isSpreadsheet(bytes: Uint8Array): boolean {
  const format = sniffFormat(bytes);
  return format === 'xlsx' || (format === 'text' && looksLikeDelimitedTable(decodeSample(bytes)));
}

async function readSpreadsheet(
  bytes: Uint8Array,
  path: string,
  lang: Lang,
  options: SpreadsheetOptions,
): Promise<ReadReport> {
  try {
    const parsed = await parseDocument(
      bytes,
      { fileName: basename(path), spreadsheet: options },
      spreadsheetReaders,
    );
    const encoding = parsed.read.encoding ?? 'utf-8';
    return { name: path, report: parsed.report, encoding, read: parsed.read };
  } catch (error) {
    if (isReaderError(error) || error instanceof SheetChoiceError)
      throw new CliError(`${path}: ${say(lang, error)}`);
    throw error;
  }
}

/** A report file of any format the CLI reads: spreadsheets here, everything else as before. */
export async function readAnyReport(
  path: string,
  lang: Lang,
  options: SpreadsheetOptions = {},
  textOptions: Parameters<typeof readReport>[2] = {},
): Promise<ReadReport> {
  if (path !== '-') {
    const bytes = readBytes(path, lang);
    if (isSpreadsheet(bytes)) return readSpreadsheet(bytes, path, lang, options);
  }
  return readReport(path, lang, textOptions);
}
