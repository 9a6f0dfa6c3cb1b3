import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../shared/import/blocks/text-to-blocks';
import type { Block, HeadingBlock, TableBlock } from '../../../shared/import/blocks/types';

function headings(blocks: Block[]): HeadingBlock[] {
  return blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
}

function tables(blocks: Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.kind === 'table');
}

describe('text → blocks', () => {
  it('recognises heading styles with their marker, ordinal and level', () => {
    const text = [
      '# 주요 업무 보고',
      '',
      'Ⅱ. 2024년 추진실적',
      'I . 일 반 현 황',
      '1. 도시숲 조성',
      '가. 세부 사업',
      '① 첫째',
      '□ 사업개요',
      '■ 소요예산 : 855,000천원(시비)',
      '【인력현황】',
      '**조 직** 1위원회',
      '## 2 민주주의 주간',
    ].join('\n');
    const found = headings(textToBlocks(text)).map((h) => [
      h.marker,
      h.ordinal ?? '',
      h.text,
      h.line,
    ]);
    expect(found).toEqual([
      ['hash', '', '주요 업무 보고', 1],
      ['roman', 'Ⅱ', '2024년 추진실적', 3],
      ['roman', 'I', '일 반 현 황', 4],
      ['number', '1', '도시숲 조성', 5],
      ['hangul', '가', '세부 사업', 6],
      ['circled', '①', '첫째', 7],
      ['square', '', '사업개요', 8],
      ['filled-square', '', '소요예산 : 855,000천원(시비)', 9],
      ['bracket', '', '인력현황', 10],
      ['bold', '', '조 직 1위원회', 11],
      ['number', '2', '민주주의 주간', 12],
    ]);
  });

  it('reads list items with their depth, and ○ with a colon as content', () => {
    const blocks = textToBlocks(
      [
        '- 사업기간 : 2021. 1월',
        ' - 제안접수',
        '    - ▶ 세부',
        '○ 사업비: 342,081천원(구비)',
        '※ 현원에 미포함',
      ].join('\n'),
    );
    expect(blocks.map((b) => (b.kind === 'list' ? [b.marker, b.depth, b.text] : b.kind))).toEqual([
      ['-', 0, '사업기간 : 2021. 1월'],
      ['-', 1, '제안접수'],
      ['-', 2, '▶ 세부'],
      ['○', 0, '사업비: 342,081천원(구비)'],
      ['※', 0, '현원에 미포함'],
    ]);
  });

  it('does not take dates or enumerations for numbered headings', () => {
    const blocks = textToBlocks(['10. 31. 현재', '⑤ 남해군 2021년 ⑥ 옹진군 2023년'].join('\n'));
    expect(headings(blocks)).toEqual([]);
  });

  it('builds a table with a two-line header under merged cells and the unit line above it', () => {
    const text = [
      '(‘20. 9.30. 기준, 단위:천원, %)',
      '',
      '구 분\t2020 예산현액\t집행액\t\t집행률\t',
      '\t\t원인행위\t지출\t원인행위\t지출',
      '계\t100\t90\t80\t90.0%\t80.0%',
    ].join('\n');
    const [table] = tables(textToBlocks(text));
    expect(table!.columnLabels).toEqual([
      '구분',
      '2020예산현액',
      '집행액/원인행위',
      '집행액/지출',
      '집행률/원인행위',
      '집행률/지출',
    ]);
    expect(table!.header).toHaveLength(2);
    expect(table!.rows.map((r) => r.line)).toEqual([5]);
    expect(table!.unit).toEqual({ text: '(‘20. 9.30. 기준, 단위:천원, %)', line: 1 });
  });

  it('carries a merged first cell down to the rows that leave it empty', () => {
    const text = [
      '구⇥분⇥합 계',
      '합⇥정 원⇥74',
      '⇥현 원⇥71',
      '서울협치 담당관⇥정 원⇥21',
      '⇥현 원⇥19',
    ]
      .join('\n')
      .replaceAll('⇥', '\t');
    const [table] = tables(textToBlocks(text));
    expect(table!.rows.map((r) => r.groupLabel)).toEqual([
      '합',
      '합',
      '서울협치 담당관',
      '서울협치 담당관',
    ]);
  });

  it('strips HTML in cells, <li> becoming line breaks and the first line the label', () => {
    const text = '구분\t업무\t예산\n총무과\t<ul><li>○ 인사</li><li>○ 복무</li></ul>\t1,000';
    const [table] = tables(textToBlocks(text));
    expect(table!.rows[0]!.cells[1]).toEqual({ text: '○ 인사\n○ 복무', label: '○ 인사' });
  });

  it('marks tables of contents, page numbers and rules as noise', () => {
    const text = [
      '순 서',
      '',
      'I . 일 반 현 황 1',
      'II . 2021년도 주요업무 계획',
      '1. 민관협치 활성화를 통한',
      '지역사회문제 해결 3',
      '',
      '마포연구단',
      '',
      '- 2 -',
      '---',
    ].join('\n');
    const blocks = textToBlocks(text);
    const noise = blocks
      .filter((b) => b.kind === 'noise')
      .map((b) => (b.kind === 'noise' ? [b.reason, b.line] : []));
    expect(noise).toEqual([
      ['table-of-contents', 1],
      ['table-of-contents', 3],
      ['table-of-contents', 4],
      ['table-of-contents', 5],
      ['table-of-contents', 6],
      ['page-number', 10],
      ['rule', 11],
    ]);
    expect(headings(blocks).map((h) => h.text)).toEqual(['마포연구단']);
  });

  it('counts lines the same way for \\r\\n, \\r and \\n', () => {
    const blocks = textToBlocks('첫 줄\r\n\r\n- 둘째\r- 셋째\n- 넷째');
    expect(blocks.map((b) => ('line' in b ? b.line : 0))).toEqual([1, 3, 4, 5]);
  });
});

describe('tables across layout accidents', () => {
  it('reads a lone tab-separated line as text, keeping the unit for the table below', () => {
    const text = ['○ 세입 총괄\t(단위: 천원)', '', '구분\t예산', '계\t100', '세외수입\t100'].join(
      '\n',
    );
    const blocks = textToBlocks(text);
    expect(blocks[0]).toMatchObject({ kind: 'list', text: '세입 총괄 (단위: 천원)', line: 1 });
    expect(tables(blocks)[0]!.unit).toEqual({ text: '세입 총괄 (단위: 천원)', line: 1 });
  });

  it('joins the rows after a page break to the table above them', () => {
    const text = ['구분\t예산액', '계\t300', 'A\t100', '', '- 7 -', '', 'B\t200'].join('\n');
    const found = tables(textToBlocks(text));
    expect(found).toHaveLength(1);
    expect(found[0]!.rows.map((row) => [row.groupLabel, row.line])).toEqual([
      ['계', 2],
      ['A', 3],
      ['B', 7],
    ]);
    expect(found[0]!.endLine).toBe(7);
  });
});
