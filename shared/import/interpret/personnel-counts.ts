import type { TableRowBlock } from '../blocks/types';
import type { PersonnelRow } from '../../model/report';
import type { AuditTable, CellValue } from '../../model/table';
import { compact } from '../../text/compact';
import { isDepartmentName } from './names';

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

/** Grades that end like a department's name (`전문경력관`, `기록연구관`, `서기관·기술서기관`). */
const GRADE_TITLE = /(?:경력관|연구관|지도관|연구사|지도사|사무관|서기관|이사관|부이사관|관리관)$/;

/** A department's name that is not a grade ending like one. */
export function isDepartmentNotGrade(text: string): boolean {
  const name = compact(text);
  return isDepartmentName(name) && !GRADE_TITLE.test(name);
}
