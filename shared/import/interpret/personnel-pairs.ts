/**
 * Headcounts written as `정원 / 현원` pairs in one cell (`52 / 55`): departments down the rows and
 * grades across (`계 | 3급 | 4급 …`), or one `정원/현원` row with departments across.
 */
import type { PersonnelRow } from '../../model/report';
import type { AuditTable, CellValue, TableColumn, TableRow } from '../../model/table';
import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import { isDepartmentName, isTotalLabel } from './names';
import type { PersonnelResult } from './personnel-counts';

const PAIR = /^(\d[\d,]*|-)\s*[/／]\s*(\d[\d,]*|-)$/;
const DASH = /^[-–—]$/;

function pairOf(text: string): [number, number] | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || DASH.test(trimmed)) return undefined;
  const match = PAIR.exec(trimmed);
  if (!match) return null;
  const value = (part: string) => (DASH.test(part) ? 0 : Number(part.replace(/,/g, '')));
  return [value(match[1]!), value(match[2]!)];
}

function mentionsHeadcount(table: TableBlock): boolean {
  const around = `${table.caption?.text ?? ''} ${table.unit?.text ?? ''} ${table.columnLabels.join(' ')}`;
  return /정\s*원|현\s*원/.test(around) || /단위\s*[:：]\s*명/.test(around);
}

/** Most figure cells hold `정원 / 현원` pairs, and the table says it counts people. */
export function isPairsTable(table: TableBlock): boolean {
  let pairs = 0;
  let others = 0;
  for (const row of table.rows)
    for (const cell of row.cells.slice(1)) {
      const pair = pairOf(cell.text);
      if (pair) pairs++;
      else if (pair === null && /\d/.test(cell.text)) others++;
    }
  return pairs >= 2 && pairs > others && mentionsHeadcount(table);
}

interface Cell {
  department: string;
  grade: string;
  pair: [number, number];
  line: number;
  raw: string;
}

export function readPairsLayout(
  table: TableBlock,
  department: string | undefined,
): PersonnelResult | null {
  if (!isPairsTable(table)) return null;
  const labels = table.columnLabels.map((label) => compact(label.split('/').pop() ?? label));
  const across = labels.slice(1).filter((label) => isDepartmentName(label)).length >= 2;
  const figureColumns = labels.flatMap((label, index) =>
    index > 0 &&
    !/비고/.test(label) &&
    table.rows.some((row) => pairOf(row.cells[index]?.text ?? ''))
      ? [index]
      : [],
  );
  const cells: Cell[] = [];
  const result: PersonnelResult = { rows: [], tables: [] };
  const kinds = { authorized: [] as TableRow[], current: [] as TableRow[] };
  const totalColumn = figureColumns.find((index) => isTotalLabel(labels[index] ?? ''));
  const columns: TableColumn[] = [
    { role: 'label', label: table.columnLabels[0] ?? '' },
    ...figureColumns.map((index): TableColumn => ({
      role: index === totalColumn ? 'total' : 'count',
      label: table.columnLabels[index] ?? '',
    })),
  ];
  for (const row of table.rows) {
    const rowLabel = tidySpaces(row.groupLabel);
    const rowIsTotal = isTotalLabel(rowLabel);
    const perKind: Record<'authorized' | 'current', CellValue[]> = {
      authorized: [{ kind: 'text', text: rowLabel }],
      current: [{ kind: 'text', text: rowLabel }],
    };
    for (const index of figureColumns) {
      const text = row.cells[index]?.text ?? '';
      const pair = pairOf(text);
      for (const [kind, at] of [
        ['authorized', 0],
        ['current', 1],
      ] as const) {
        perKind[kind].push(
          pair ? { kind: 'number', value: pair[at], decimals: 0, text } : { kind: 'nothing', text },
        );
      }
      if (!pair) continue;
      const column = labels[index] ?? '';
      const columnIsTotal = isTotalLabel(column);
      cells.push(
        across
          ? {
              department: columnIsTotal ? '합계' : column,
              grade: rowIsTotal || /정원|현원/.test(rowLabel) ? '계' : compact(rowLabel),
              pair,
              line: row.line,
              raw: row.raw,
            }
          : {
              department: rowIsTotal ? '합계' : compact(rowLabel) || (department ?? ''),
              grade: columnIsTotal ? '계' : column,
              pair,
              line: row.line,
              raw: row.raw,
            },
      );
    }
    for (const kind of ['authorized', 'current'] as const) {
      const word = kind === 'authorized' ? '정원' : '현원';
      kinds[kind].push({
        label: `${rowLabel} ${word}`,
        isTotal: rowIsTotal,
        cells: perKind[kind],
        source: { line: row.line, text: row.raw },
      });
    }
  }
  for (const cell of cells) {
    const personnel: PersonnelRow = {
      grade: cell.grade,
      authorized: cell.pair[0],
      current: cell.pair[1],
      source: { line: cell.line, text: cell.raw },
    };
    if (cell.department) personnel.department = cell.department;
    result.rows.push(personnel);
  }
  for (const kind of ['authorized', 'current'] as const) {
    const rows = kinds[kind];
    const totalIndex = rows.findIndex((row) => row.isTotal);
    if (totalIndex >= 0)
      rows.forEach((row, index) => index !== totalIndex && (row.parentIndex = totalIndex));
    const caption = `${table.caption?.text ?? '인력현황'} (${kind === 'authorized' ? '정원' : '현원'})`;
    const audit: AuditTable = {
      kind: 'personnel',
      caption,
      columns,
      rows,
      source: { line: table.line },
    };
    result.tables.push(audit);
  }
  return result;
}
