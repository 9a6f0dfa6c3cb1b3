import type { Finding } from '@shared/model/report';
import { listToXlsx, type ListColumn } from './list-to-xlsx';

/** A finding with the document it belongs to (by title) and, where known, its line's name. */
export interface FindingExport extends Finding {
  document?: string;
  project?: string;
}

const SEVERITY: Record<Finding['severity'], string> = {
  error: '오류',
  warning: '경고',
  info: '참고',
};

/** What the stated/computed figures of a finding are counted in, from its code. */
export function findingUnit(code: string): string {
  if (/^rate-/.test(code)) return '%p';
  if (/^personnel-/.test(code)) return '명';
  if (/^name-|^audit-|^unit-/.test(code)) return '';
  return '원';
}

function where(finding: FindingExport): string {
  const { source } = finding;
  const parts = [`${source.line}줄`];
  if (source.page !== undefined) parts.push(`${source.page}쪽`);
  if (source.sheet !== undefined) parts.push(`시트 ${source.sheet}`);
  if (source.row !== undefined && (source.sheet !== undefined || source.table === undefined))
    parts.push(`${source.row + 1}행`);
  return parts.join(' · ');
}

const COLUMNS: ListColumn<FindingExport>[] = [
  { header: '구분', value: (f) => SEVERITY[f.severity], width: 8 },
  { header: '문서', value: (f) => f.document, width: 28 },
  { header: '사업', value: (f) => f.project, width: 24 },
  { header: '내용', value: (f) => f.message.ko, width: 70 },
  { header: '기재값', value: (f) => f.stated, numFmt: '#,##0.###', width: 16 },
  { header: '계산값', value: (f) => f.computed, numFmt: '#,##0.###', width: 16 },
  { header: '차이', value: (f) => f.difference, numFmt: '#,##0.###', width: 14 },
  { header: '단위', value: (f) => findingUnit(f.code), width: 6 },
  { header: '위치', value: where, width: 22 },
  { header: '코드', value: (f) => f.code, width: 18 },
  { header: '원문', value: (f) => f.source.text, width: 50 },
];

/** The findings list as XLSX: one row per finding, figures as numbers, text inert. */
export function findingsToXlsx(findings: readonly FindingExport[], note = ''): Promise<Uint8Array> {
  return listToXlsx('검산 결과', note, COLUMNS, findings);
}
