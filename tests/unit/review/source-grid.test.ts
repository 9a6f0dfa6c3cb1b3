import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../../../shared/model/report';
import {
  columnLetter,
  sheetRowsAround,
  tableAround,
} from '../../../renderer/src/features/review/source/text-grid';
import {
  focusOf,
  marksOnPage,
  otherMarkedPages,
} from '../../../renderer/src/features/review/source/source-focus';

const TEXT = [
  '□ 예산 현황',
  '(단위: 천원)',
  '구분\t2025년\t2024년',
  '계\t1,200\t1,100',
  '돌봄\t700\t650',
  '일자리\t500\t450',
  '',
  '1. 돌봄',
].join('\n');
const lines = TEXT.split('\n');

describe('a table cut from the stored text', () => {
  it('is the run of tab-separated lines around the line, split into cells', () => {
    const slice = tableAround(lines, 5)!;
    expect(slice.rows.map((row) => row.line)).toEqual([3, 4, 5, 6]);
    expect(slice.rows[2]!.cells).toEqual(['돌봄', '700', '650']);
    expect(slice.columns).toBe(3);
  });

  it('is nothing for a line outside a table', () => {
    expect(tableAround(lines, 1)).toBeUndefined();
    expect(tableAround(lines, 7)).toBeUndefined();
  });

  it('keeps at most the rows asked for, always holding the line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 20 }),
        fc.nat(),
        (rows, max, pick) => {
          const table = Array.from({ length: rows }, (_, i) => `행${i}\t${i}`);
          const text = ['제목', ...table, '끝'];
          const line = 2 + (pick % rows);
          const slice = tableAround(text, line, max)!;
          expect(slice.rows.length).toBe(Math.min(rows, max));
          expect(slice.rows.some((row) => row.line === line)).toBe(true);
          const numbers = slice.rows.map((row) => row.line);
          expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
          expect(numbers[0]!).toBeGreaterThanOrEqual(2);
          expect(numbers.at(-1)!).toBeLessThanOrEqual(rows + 1);
        },
      ),
    );
  });
});

describe('a sheet cut from the stored text', () => {
  const sheet = ['지역\t예산', '부산\t100', '대구\t80', '울산\t60'];
  it('starts at the sheet’s first row and holds the cell’s row', () => {
    const slice = sheetRowsAround(['시트1', ...sheet], 4, 2)!;
    expect(slice.rows.map((row) => row.line)).toEqual([2, 3, 4, 5]);
    expect(slice.rows[2]!.cells).toEqual(['대구', '80']);
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('what the source panel marks', () => {
  const lineSource = {
    line: 6,
    page: 1,
    box: [56, 326, 539, 353] as [number, number, number, number],
  };
  const finding: Finding = {
    severity: 'error',
    code: 'total-mismatch',
    message: { ko: '합계가 다릅니다', en: 'the total differs' },
    source: { line: 4, page: 1, box: [56, 275, 539, 301] },
    cells: [
      { line: 4, page: 1, box: [300, 275, 400, 301] },
      { line: 5, page: 1, box: [300, 301, 400, 326] },
      { line: 6, page: 2, box: [300, 20, 400, 40] },
    ],
  };

  it('highlights the line’s own box when no finding is chosen', () => {
    const focus = focusOf(lineSource);
    expect(marksOnPage(focus, 1)).toEqual([{ box: lineSource.box, kind: 'figure' }]);
    expect(marksOnPage(focus, 2)).toEqual([]);
  });

  it('highlights a finding’s stated cell and marks the others on their own pages', () => {
    const focus = focusOf(lineSource, finding);
    expect(marksOnPage(focus, 1)).toEqual([
      { box: [300, 301, 400, 326], kind: 'used' },
      { box: [300, 275, 400, 301], kind: 'figure' },
    ]);
    expect(marksOnPage(focus, 2)).toEqual([{ box: [300, 20, 400, 40], kind: 'used' }]);
    expect(otherMarkedPages(focus, 1)).toEqual([2]);
  });

  it('keeps the other cells of the same row as used figures (an HWP cell is its column)', () => {
    const row: Finding = {
      ...finding,
      cells: [
        { line: 31, table: 1, row: 4, col: 3 },
        { line: 31, table: 1, row: 4, col: 1 },
        { line: 31, table: 1, row: 4, col: 2 },
      ],
    };
    expect(focusOf({ line: 31 }, row).used.map((cell) => cell.col)).toEqual([1, 2]);
  });

  it('does not mark a used figure twice where it is the stated one', () => {
    const same = { ...finding, cells: [finding.cells![0]!, { ...finding.cells![0]! }] };
    expect(focusOf(lineSource, same).used).toEqual([]);
  });
});
