import type { LocalizedText } from '../shared/model/localized-text';

export type Lang = 'ko' | 'en';

export function say(lang: Lang, text: LocalizedText): string {
  return text[lang];
}

/** `--lang en` / `--lang=en`; Korean by default. */
export function langOf(args: readonly string[]): Lang {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return 'ko';
  const value = args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
  return value === 'en' ? 'en' : 'ko';
}

/** Arguments that are not options (nor the value of --lang). */
export function fileArgs(args: readonly string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') {
      i++;
      continue;
    }
    if (arg === '-' || !arg.startsWith('-')) files.push(arg);
  }
  return files;
}
