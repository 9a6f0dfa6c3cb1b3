import type { StoredDocument } from '@data/stored';
import type { LocalizedText } from '@shared/model/localized-text';
import { msg } from '@i18n/text';

export const KIND_LABEL: Record<StoredDocument['meta']['kind'], LocalizedText> = {
  plan: msg('library.kindPlan'),
  report: msg('library.kindReport'),
  other: msg('library.kindOther'),
  unknown: msg('library.kindUnknown'),
};

export const count = (value: number) => value.toLocaleString('ko-KR');

/** 2021, 2022, 2023 → "2021–2023"; 2021, 2023 → "2021, 2023" */
export function fiscalYearsLabel(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  if (sorted.length === 0) return '—';
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const contiguous = sorted.every((year, index) => year === first + index);
  return contiguous && sorted.length > 2 ? `${first}–${last}` : sorted.join(', ');
}

/** the import time as Korean documents write dates: 2026. 11. 23. 10:30 */
export function importedAtLabel(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}. ${date.getMonth() + 1}. ${date.getDate()}. ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** what a delete or undo removes, named for the confirmation */
export function removalSummary(doc: StoredDocument): LocalizedText {
  const { error, warning, info } = doc.findingCounts;
  const findings = error + warning + info;
  return msg('library.removalSummary', {
    title: doc.meta.title,
    fileName: doc.fileName,
    lineCount: count(doc.lineCount),
    personnelCount: count(doc.personnelCount),
    findings: count(findings),
  });
}
