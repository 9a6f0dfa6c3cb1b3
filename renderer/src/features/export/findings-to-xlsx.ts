import type { Language } from '@i18n/language';
import { MESSAGES, type MessageKey } from '@i18n/messages';
import { msg } from '@i18n/text';
import type { Finding } from '@shared/model/report';
import { listToXlsx, type ListColumn } from './list-to-xlsx';

/** A finding with the document it belongs to (by title) and, where known, its line's name. */
export interface FindingExport extends Finding {
  document?: string;
  project?: string;
}

const SEVERITY = {
  error: 'export.severityError',
  warning: 'export.severityWarning',
  info: 'export.severityInfo',
} as const;

/** What the stated/computed figures of a finding are counted in, from its code. */
export function findingUnit(code: string, language: Language = 'ko'): string {
  if (/^rate-/.test(code)) return '%p';
  if (/^personnel-/.test(code)) return msg('export.unitPeople')[language];
  if (/^name-|^audit-|^unit-/.test(code)) return '';
  return language === 'ko' ? '원' : 'KRW';
}

function where(finding: FindingExport, language: Language): string {
  const { source } = finding;
  const parts = [msg('export.atLine', { n: source.line })[language]];
  if (source.page !== undefined) parts.push(msg('export.atPage', { n: source.page })[language]);
  if (source.sheet !== undefined)
    parts.push(msg('export.atSheet', { name: source.sheet })[language]);
  if (source.row !== undefined && (source.sheet !== undefined || source.table === undefined))
    parts.push(msg('export.atRow', { n: source.row + 1 })[language]);
  return parts.join(' · ');
}

function columns(language: Language): ListColumn<FindingExport>[] {
  const header = (key: MessageKey) => MESSAGES[key][language];
  return [
    {
      header: header('export.colSeverity'),
      value: (f) => msg(SEVERITY[f.severity])[language],
      width: 8,
    },
    { header: header('export.colDocument'), value: (f) => f.document, width: 28 },
    { header: header('export.colProject'), value: (f) => f.project, width: 24 },
    { header: header('export.colMessage'), value: (f) => f.message[language], width: 70 },
    { header: header('export.colStated'), value: (f) => f.stated, numFmt: '#,##0.###', width: 16 },
    {
      header: header('export.colComputed'),
      value: (f) => f.computed,
      numFmt: '#,##0.###',
      width: 16,
    },
    {
      header: header('export.colDifference'),
      value: (f) => f.difference,
      numFmt: '#,##0.###',
      width: 14,
    },
    { header: header('export.colUnit'), value: (f) => findingUnit(f.code, language), width: 6 },
    { header: header('export.colWhere'), value: (f) => where(f, language), width: 22 },
    { header: header('export.colCode'), value: (f) => f.code, width: 18 },
    { header: header('export.colOriginal'), value: (f) => f.source.text, width: 50 },
  ];
}

/**
 * The findings list as XLSX: one row per finding, figures as numbers, text inert; headers, the
 * severity, the message and the place in the app's language.
 */
export function findingsToXlsx(
  findings: readonly FindingExport[],
  note = '',
  language: Language = 'ko',
): Promise<Uint8Array> {
  return listToXlsx(msg('export.findingsTitle')[language], note, columns(language), findings);
}
