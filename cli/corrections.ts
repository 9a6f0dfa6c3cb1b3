import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocumentCorrections } from '../shared/import';
import { readCorrectionsData } from '../shared/import/corrections-file';
import { CliError } from './errors';
import { say, type Lang } from './lang';

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
  const checked = readCorrectionsData(data);
  if (!checked.ok)
    throw new CliError(
      say(lang, {
        ko: `${path}: 표 교정 파일 형식이 아닙니다 (${checked.problem})`,
        en: `${path}: not a table corrections file (${checked.problem})`,
      }),
    );
  return checked.corrections;
}
