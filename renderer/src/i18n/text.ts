import type { LocalizedText } from '@shared/model/localized-text';
import { MESSAGES, type MessageKey, type ParamsArg } from './messages';

/** fills `{name}` from `values` (numbers as written: format them before) */
export function fill(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A catalogue text in both languages, for code that hands text on (labels, outcomes, maps). */
export function msg<K extends MessageKey>(key: K, ...params: ParamsArg<K>): LocalizedText {
  const entry: LocalizedText = MESSAGES[key];
  const values = params[0] as Record<string, string | number> | undefined;
  return values ? { ko: fill(entry.ko, values), en: fill(entry.en, values) } : entry;
}

/** Text from the data (a name, a stored message): the same in both languages. */
export function asIs(text: string): LocalizedText {
  return { ko: text, en: text };
}
