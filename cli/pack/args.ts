export interface PackArgs {
  files: string[];
  out: string;
  title?: string;
  session?: string;
  council?: string;
  preparedBy?: string;
  departments: string[];
}

export const PACK_USAGE =
  'usage: npm run cli -- pack FILE… --out pack.pdf [--title "…"] [--session "…"] ' +
  '[--council "…"] [--prepared-by "…"] [--department NAME]…';

const VALUE_FLAGS = {
  '--out': 'out',
  '-o': 'out',
  '--title': 'title',
  '--session': 'session',
  '--council': 'council',
  '--prepared-by': 'preparedBy',
} as const;

/** Parses `pack` arguments; returns an error message (in Korean and English) when they are wrong. */
export function parsePackArgs(args: readonly string[]): PackArgs | { error: string } {
  const files: string[] = [];
  const departments: string[] = [];
  const values: Partial<Record<(typeof VALUE_FLAGS)[keyof typeof VALUE_FLAGS], string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const name = VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS];
    if (name || flag === '--department') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '')
        return { error: `${flag} 다음에 값이 필요합니다 (${flag} needs a value)\n${PACK_USAGE}` };
      if (name) values[name] = value;
      else departments.push(value);
    } else if (arg.startsWith('-') && arg !== '-') {
      return { error: `알 수 없는 옵션: ${arg} (unknown option)\n${PACK_USAGE}` };
    } else files.push(arg);
  }
  if (files.length === 0)
    return { error: `보고서 파일을 하나 이상 주세요 (no input files)\n${PACK_USAGE}` };
  if (!values.out)
    return { error: `--out 으로 PDF 파일 이름을 주세요 (--out is required)\n${PACK_USAGE}` };
  return { ...values, out: values.out, files, departments };
}
