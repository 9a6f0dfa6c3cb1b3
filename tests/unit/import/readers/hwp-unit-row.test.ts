/**
 * A budget table whose unit sits alone in its own top row (`| | | (단위: 백만원) |` above `구 분 |
 * 2021년(A) | 2022년(B) | 증 감(B-A) | %`), the way Korean work plans often draw it. Invented
 * figures; the HWP and HWPX readers share the table code, so the HWP one stands for both.
 */
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../../shared/import/blocks/types';
import { parseBlocksDetailed } from '../../../../shared/import/parse-report';
import { readDocument } from '../../../../shared/import/readers';
import { readHwp } from '../../../../shared/import/readers/hwp/hwp-reader';
import type { HwpCell, HwpParagraph } from '../../../support/hwp-writer';
import { writeHwp } from '../../../support/hwp-writer';

const p = (...pieces: HwpParagraph['pieces']): HwpParagraph => ({ pieces });
const cell = (row: number, col: number, text: string, span: Partial<HwpCell> = {}): HwpCell => ({
  row,
  col,
  ...span,
  paragraphs: text === '' ? [] : [p(text)],
});

/** rows: the unit row, two header rows, then 합계 and its two parts (백만원) */
const figures = [
  ['합 계', '1,500', '1,650', '150', '10.0'],
  ['□ 별빛 도서관 운영', '1,000', '1,100', '100', '10.0'],
  ['□ 달빛 체육관 보수', '500', '550', '50', '10.0'],
];
const bytes = writeHwp({
  sections: [
    [
      p('2022년 가상원 업무계획'),
      p('□ 세출예산'),
      p({
        table: {
          rows: 6,
          cols: 5,
          cells: [
            cell(0, 0, '', { colSpan: 3 }),
            cell(0, 3, '(단위: 백만원)', { colSpan: 2 }),
            cell(1, 0, '구 분', { rowSpan: 2 }),
            cell(1, 1, '2021년(A)', { rowSpan: 2 }),
            cell(1, 2, '2022년(B)', { rowSpan: 2 }),
            cell(1, 3, '증 감(B-A)', { rowSpan: 2 }),
            cell(1, 4, ''),
            cell(2, 4, '%'),
            ...figures.flatMap((row, r) => row.map((text, c) => cell(r + 3, c, text))),
          ],
        },
      }),
    ],
  ],
});

const read = await readDocument(bytes, {}, { hwp: readHwp });
const table = read.blocks.find((block): block is TableBlock => block.kind === 'table')!;
const report = parseBlocksDetailed(read.blocks, 'unit-row', { fileName: 'x.hwp' }).report;

describe('a table whose unit is written alone in its top row', () => {
  it('takes that row for the table’s unit, and the rows under it for the header', () => {
    expect(table.unit?.text).toBe('(단위: 백만원)');
    expect(table.columnLabels.slice(0, 4)).toEqual(['구분', '2021년(A)', '2022년(B)', '증감(B-A)']);
    expect(table.rows.map((row) => row.cells[0]?.text)).toEqual(figures.map((row) => row[0]));
  });

  it('reads the lettered year columns as this year’s and last year’s budget, in 백만원', () => {
    const lines = report.lines.map((line) => [
      line.project.replace(/^□\s*/, ''),
      line.fiscalYear,
      line.budget,
      line.previousBudget,
    ]);
    expect(lines).toEqual([
      ['합계', 2022, 1_650_000_000, 1_500_000_000],
      ['별빛 도서관 운영', 2022, 1_100_000_000, 1_000_000_000],
      ['달빛 체육관 보수', 2022, 550_000_000, 500_000_000],
    ]);
  });

  it('finds nothing wrong in a table that adds up', () => {
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('still takes a first row with words besides the unit for the header', async () => {
    const worded = writeHwp({
      sections: [
        [
          p({
            table: {
              rows: 3,
              cols: 3,
              cells: [
                cell(0, 0, '구분'),
                cell(0, 1, '예산 (단위: 천원)'),
                cell(0, 2, '비고'),
                cell(1, 0, '별빛 도서관 운영'),
                cell(1, 1, '1,200'),
                cell(1, 2, ''),
                cell(2, 0, '계'),
                cell(2, 1, '1,200'),
                cell(2, 2, ''),
              ],
            },
          }),
        ],
      ],
    });
    const blocks = (await readDocument(worded, {}, { hwp: readHwp })).blocks;
    const only = blocks.find((block): block is TableBlock => block.kind === 'table')!;
    expect(only.header.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['구분', '예산 (단위: 천원)', '비고'],
    ]);
    expect(only.rows).toHaveLength(2);
  });
});
