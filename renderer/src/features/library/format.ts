import type { StoredDocument } from '@data/stored';
import type { Text } from '@i18n/language';

export const KIND_LABEL: Record<StoredDocument['meta']['kind'], Text> = {
  plan: { ko: '계획', en: 'Plan' },
  report: { ko: '보고', en: 'Report' },
  other: { ko: '기타 자료', en: 'Other' },
  unknown: { ko: '미상', en: 'Unknown' },
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
export function removalSummary(doc: StoredDocument): Text {
  const { error, warning, info } = doc.findingCounts;
  const findings = error + warning + info;
  return {
    ko: `‘${doc.meta.title}’(${doc.fileName})와 예산 항목 ${count(doc.lineCount)}개, 인원 ${count(doc.personnelCount)}행, 검토 결과 ${count(findings)}건이 삭제됩니다. 메모는 남으며, 같은 문서를 다시 가져오면 다시 나타납니다.`,
    en: `‘${doc.meta.title}’ (${doc.fileName}) goes, with ${count(doc.lineCount)} budget lines, ${count(doc.personnelCount)} personnel rows and ${count(findings)} findings. Notes are kept and reappear if the document is imported again.`,
  };
}
