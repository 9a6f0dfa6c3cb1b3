import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, textToBlocks } from '../../../shared/import';
import type { ImportWarning } from '../../../shared/model/report';
import type { Block, TableBlock } from '../../../shared/import/blocks/types';

const tables = (blocks: readonly Block[]) =>
  blocks.filter((block): block is TableBlock => block.kind === 'table');
const cellTexts = (table: TableBlock) =>
  table.rows.map((row) => row.cells.map((cell) => cell.text));

/** A line with each text starting at its column (characters, as pdftotext -layout counts them). */
const at = (...placed: [string, number][]) =>
  placed.reduce((line, [text, column]) => line.padEnd(column) + text, '');

describe('tables written with spaces (as pdftotext -layout writes them)', () => {
  const text = [
    '□ 예산 현황',
    at(['(단위 : 백만원)', 32]),
    at(['구 분', 1], ['계', 15], ['건강정책과', 26], ['보건위생과', 42]),
    at(['세 입', 1], ['1,200', 12], ['700', 29], ['500', 44]),
    at(['세 출', 1], ['5,300', 12], ['3,100', 27], ['2,200', 42]),
  ].join('\n');

  it('reads the columns from the figures’ alignment and keeps each line as written', () => {
    const [table] = tables(textToBlocks(text));
    expect(table?.columnLabels).toEqual(['구분', '계', '건강정책과', '보건위생과']);
    expect(cellTexts(table!)).toEqual([
      ['세 입', '1,200', '700', '500'],
      ['세 출', '5,300', '3,100', '2,200'],
    ]);
    expect(table?.rows[0]?.raw).toBe(text.split('\n')[3]);
    expect(table?.unit?.text).toBe('(단위 : 백만원)');
  });

  it('reads a header wrapped over two lines, a label on the header line its own column', () => {
    const fund = [
      at(['’24년도 말', 18], ['운용계획', 37], ['’25년도 말', 56]),
      at(['청년육성기금', 1], ['조성액', 20], ['수입', 32], ['지출', 45], ['조성액', 58]),
      at(['13,876', 19], ['1,743', 31], ['1,983', 44], ['13,636', 57]),
    ].join('\n');
    const [table] = tables(textToBlocks(fund));
    expect(table?.columnLabels).toEqual([
      '청년육성기금',
      '’24년도말/조성액',
      '운용계획/수입',
      '운용계획/지출',
      '’25년도말/조성액',
    ]);
    expect(cellTexts(table!)).toEqual([['', '13,876', '1,743', '1,983', '13,636']]);
  });

  it('says so, and keeps every line as text, when the columns cannot be split', () => {
    const warnings: ImportWarning[] = [];
    const blocks = textToBlocks(['계  1,000  2,000', '항목 이름이 긴 것  5,000  300'].join('\n'), {
      warnings,
    });
    expect(tables(blocks)).toEqual([]);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.line).toBe(1);
    expect(warnings[0]?.message.ko).toContain('열을 나누지 못했습니다');
  });

  it('puts that warning in the report', () => {
    const report = parseReport(
      ['2025년 주요업무 계획', '', '계  1,000  2,000', '항목 이름이 긴 것  5,000  300'].join('\n'),
    );
    expect(report.warnings.map((warning) => warning.line)).toContain(3);
  });

  it('reads any space-aligned table like the same table with tabs', () => {
    const label = fc.constantFrom('계', '국비', '시비', '청년 일자리', '어르신 돌봄', '도서관');
    const figure = fc.integer({ min: 0, max: 9_999_999 }).map((n) => n.toLocaleString('en-US'));
    const table = fc.integer({ min: 2, max: 5 }).chain((columns) =>
      fc.record({
        header: fc.constant([
          '구분',
          ...Array.from({ length: columns }, (_, i) => `${2020 + i}년`),
        ]),
        rows: fc.array(
          fc.tuple(label, fc.array(figure, { minLength: columns, maxLength: columns })),
          {
            minLength: 2,
            maxLength: 6,
          },
        ),
        rightAligned: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(table, ({ header, rows, rightAligned }) => {
        const grid = [header, ...rows.map(([name, figures]) => [name, ...figures])];
        const widths = header.map((_, c) => Math.max(...grid.map((row) => row[c]!.length)) + 3);
        const spaced = grid
          .map((row) =>
            row
              .map((cell, c) =>
                rightAligned && c > 0 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!),
              )
              .join('')
              .trimEnd(),
          )
          .join('\n');
        const tabbed = grid.map((row) => row.join('\t')).join('\n');
        const [fromSpaces] = tables(textToBlocks(spaced));
        const [fromTabs] = tables(textToBlocks(tabbed));
        expect(fromSpaces?.columnLabels).toEqual(fromTabs?.columnLabels);
        expect(cellTexts(fromSpaces!)).toEqual(cellTexts(fromTabs!));
      }),
    );
  });
});

describe('markdown pipe tables', () => {
  it('reads the cells between the pipes and skips the rule under the header', () => {
    const [table] = tables(
      textToBlocks(
        [
          '| 구분 | 2025년 | 2024년 |',
          '|---|---:|---:|',
          '| 계 | 1,000 | 900 |',
          '| 국비 | 500 | 450 |',
        ].join('\n'),
      ),
    );
    expect(table?.columnLabels).toEqual(['구분', '2025년', '2024년']);
    expect(cellTexts(table!)).toEqual([
      ['계', '1,000', '900'],
      ['국비', '500', '450'],
    ]);
    expect(table?.rows.map((row) => row.line)).toEqual([3, 4]);
  });
});
