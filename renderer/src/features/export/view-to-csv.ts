import { inertCell } from '@shared/export/inert-cell';
import {
  exportHeader,
  sourceNote,
  totalLabel,
  unitLine,
  type ExportValue,
  type ExportView,
} from './export-view';
import { inUnit, percentValue } from './money-cells';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvValue(value: ExportValue, kind: string, view: ExportView): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return csvField(inertCell(value));
  if (kind === 'money') return String(inUnit(value, view.unit));
  if (kind === 'percent') return String(percentValue(value));
  return String(value);
}

/**
 * The grid's current view as CSV: a title and `(단위: …)` line, headers in the app's language with the unit,
 * amounts as plain numbers in the view's unit, the hierarchy as indented labels, the total, and a
 * note naming the sources. UTF-8 with a BOM; text cells inert.
 */
export function viewToCsv(view: ExportView): string {
  const width = view.columns.length;
  const padded = (first: string) => [
    csvField(inertCell(first)),
    ...Array<string>(width - 1).fill(''),
  ];
  const lines: string[][] = [padded(view.title), padded(unitLine(view))];
  lines.push(
    view.columns.map((column) =>
      csvField(inertCell(exportHeader(column, view.unit, view.language))),
    ),
  );
  for (const row of view.rows) {
    lines.push(
      view.columns.map((column, index) => {
        const value = row.values[index];
        const indented =
          index === 0 && typeof value === 'string' ? `${'  '.repeat(row.depth)}${value}` : value;
        return csvValue(indented, column.kind, view);
      }),
    );
  }
  if (view.total)
    lines.push(
      view.columns.map((column, index) =>
        csvValue(index === 0 ? totalLabel(view) : view.total?.[index], column.kind, view),
      ),
    );
  lines.push(Array<string>(width).fill(''));
  lines.push(padded(sourceNote(view)));
  return `\ufeff${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
