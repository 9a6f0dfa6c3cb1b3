import type { TableRowBlock } from '../blocks/types';
import type { PersonnelRow } from '../../model/report';
import type { AuditTable, CellValue } from '../../model/table';

export type HeadcountKind = 'authorized' | 'current' | 'surplus';

export const KIND_WORDS: Record<string, HeadcountKind> = {
  정원: 'authorized',
  현원: 'current',
  과부족: 'surplus',
  증감: 'surplus',
};

export interface Count {
  value?: number;
  note?: string;
  cell: CellValue;
}

/** `6 (별정1)` → 6 with note `별정1`; `2(1)` → 2 with note `1`; `-` → 0; `` → nothing. */
export function readCount(text: string): Count {
  const trimmed = text.trim();
  if (trimmed === '') return { cell: { kind: 'nothing', text } };
  if (/^[-_–—]$/.test(trimmed)) return { value: 0, cell: { kind: 'nothing', text } };
  const match = /^([△-]?)\s*(\d[\d,]*)\s*(?:[(（]([^)）]*)[)）])?\s*(?:명)?$/.exec(trimmed);
  if (!match) return { cell: { kind: 'text', text } };
  const value = Number(match[2]!.replace(/,/g, '')) * (match[1] ? -1 : 1);
  const count: Count = { value, cell: { kind: 'number', value, decimals: 0, text } };
  if (match[3]) count.note = match[3].trim();
  return count;
}

/** `(별정직)`, `()임기제`: what a bare `(1)` note means, from the 비고 column. */
export function legendOf(row: TableRowBlock, remarkColumn: number): string | undefined {
  if (remarkColumn < 0) return undefined;
  const remark = row.cells[remarkColumn]?.text ?? '';
  const match = /\(([^)]*)\)\s*([가-힣]*)/.exec(remark);
  if (!match) return undefined;
  return (match[1] || match[2] || '').trim() || undefined;
}

export function noteText(note: string | undefined, legend: string | undefined): string | undefined {
  if (!note) return undefined;
  return /^\d+$/.test(note) && legend ? `${legend} ${note}` : note;
}

export interface PersonnelResult {
  rows: PersonnelRow[];
  tables: AuditTable[];
}
