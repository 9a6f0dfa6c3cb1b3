import { describe, expect, it } from 'vitest';
import type { TableBlock, TableRowBlock } from '../../../shared/import/blocks/types';
import { namedProjects } from '../../../shared/import/interpret/table-readings';

/** A row of an outline table on page 7, `top` to `top + 20` points down the page. */
function row(line: number, top: number, ...texts: string[]): TableRowBlock {
  const cells = texts.map((text) => ({ text, label: text.split('\n')[0]! }));
  return {
    cells,
    line,
    raw: texts.join('\t'),
    groupLabel: texts[0] ?? '',
    source: { page: 7, box: [50, top, 500, top + 20] },
  };
}

const outline = (header: TableRowBlock[], rows: TableRowBlock[]): TableBlock => ({
  kind: 'table',
  header,
  columnLabels: ['연번', '사업내용', '사업내용'],
  rows,
  line: header[0]?.line ?? rows[0]!.line,
  endLine: rows[rows.length - 1]!.line,
});

describe('projects an outline table names in its cells', () => {
  it('takes the name from the cell after a `◆ 사업명 :` label cell, over the rows down to the next name', () => {
    const table = outline(
      [row(1, 100, '연번', '사업내용', '')],
      [
        row(2, 120, '1', '◆ 사업명 :', '둘레길 정비사업'),
        row(3, 140, '', '◆ 총사업비 :', '□ 연도별 예산 (단위: 백만원)'),
        row(4, 160, '', '◆ 사업내용 :', '데크 보수'),
        row(5, 180, '2', '◆ 사업명 :', '수변 쉼터 조성'),
        row(6, 200, '', '◆ 총사업비 :', '□ 연도별 예산 (단위: 백만원)'),
      ],
    );
    expect(namedProjects(table)).toEqual([
      { name: '둘레길 정비사업', line: 2, page: 7, top: 120, bottom: 180 },
      { name: '수변 쉼터 조성', line: 5, page: 7, top: 180, bottom: 220 },
    ]);
  });

  it('finds a name in a row the reader took for a second header row', () => {
    const table = outline(
      [row(1, 100, '연번', '사업내용', ''), row(2, 120, '', '◆ 사업명 :', '족구장 정비사업')],
      [row(3, 140, '1', '◆ 공모기간 :', '2024. 6월'), row(4, 160, '', '◆ 총사업비 :', '□ 현황')],
    );
    expect(namedProjects(table).map((p) => [p.name, p.top, p.bottom])).toEqual([
      ['족구장 정비사업', 120, 180],
    ]);
  });

  it('still reads `사업명 : …` written in one cell, and ignores a label with nothing after it', () => {
    const table = outline(
      [row(1, 100, '연번', '사업내용', '')],
      [
        row(2, 120, '1', '◆ 사업명 : 꽃단지 확대\n◆ 사업기간 : 2025.'),
        row(3, 140, '2', '◆ 사업명 :', ''),
      ],
    );
    expect(namedProjects(table).map((p) => p.name)).toEqual(['꽃단지 확대']);
  });
});
