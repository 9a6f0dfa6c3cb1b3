import { describe, expect, it } from 'vitest';
import type { Block, HeadingBlock } from '../../../shared/import/blocks/types';
import { interpretBlocks } from '../../../shared/import/interpret/interpret';
import { diagramLines } from '../../../shared/import/interpret/diagram-blocks';

/** A heading on page 3 whose box is [x0, top, x1, top + 12]. */
function heading(
  line: number,
  text: string,
  marker: HeadingBlock['marker'],
  x0: number,
  x1: number,
  top: number,
): HeadingBlock {
  return {
    kind: 'heading',
    level: marker === 'square' ? 3 : 4,
    marker,
    text,
    line,
    raw: text,
    source: { line, page: 3, box: [x0, top, x1, top + 12] },
  };
}

function item(line: number, text: string, top: number): Block {
  return {
    kind: 'list',
    marker: 'ㅇ',
    depth: 0,
    text,
    line,
    raw: `ㅇ ${text}`,
    source: { line, page: 3, box: [58, top, 400, top + 14] },
  };
}

// Invented: a plan's issue page. Its title, an outline, and a flow chart of three stages drawn as
// boxes side by side, each with circled items; the cost comes after the chart.
const blocks: Block[] = [
  heading(1, '2025년 주요업무 계획', 'plain', 200, 400, 40),
  heading(2, '교육협력과', 'plain', 250, 350, 60),
  heading(3, '지역 인재 채용 연계 지원사업', 'number', 60, 500, 100),
  heading(4, '사업개요', 'square', 51, 140, 130),
  item(5, '사업기간 : ’25. 1. ~ 12.', 150),
  heading(6, '1단계-발굴', 'bracket', 83, 173, 180),
  heading(7, '인재 발굴(80명)', 'circled', 68, 190, 200),
  heading(8, '2단계-연계', 'bracket', 244, 334, 180),
  heading(9, '기업 설명회 개최', 'circled', 214, 350, 200),
  heading(10, '3단계-채용', 'bracket', 415, 505, 180),
  heading(11, '채용 박람회 개최', 'circled', 394, 520, 200),
  item(12, '사업비 : 300백만원(시비)', 240),
];

describe('texts drawn side by side on a page', () => {
  it('are the boxes of a chart; texts alone on their row are not', () => {
    expect([...diagramLines(blocks)].sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 10, 11]);
  });

  it('open no project: the cost after the chart is the project titled above it', () => {
    const { report } = interpretBlocks(blocks, 'sha');
    const line = report.lines.find((found) => found.source.line === 12);
    expect([line?.project, line?.requiredBudget ?? line?.budget, line?.funding]).toEqual([
      '지역 인재 채용 연계 지원사업',
      300_000_000,
      { city: 300_000_000 },
    ]);
  });

  it('take in the items under a box in its column, though a two-line item shifted their row', () => {
    const chart: Block[] = [
      heading(1, '1단계', 'circled', 68, 190, 200),
      heading(2, '2단계 첫 항목', 'circled', 214, 350, 196),
      heading(3, '2단계 둘째 항목', 'circled', 214, 350, 224),
      heading(4, '1단계 둘째 항목', 'circled', 68, 190, 216),
      heading(5, '본문 제목', 'square', 51, 500, 300),
    ];
    expect([...diagramLines(chart)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
  });

  it('are not boxes when the text beside them is wide (a heading and its note on one row)', () => {
    const row: Block[] = [
      heading(1, '청년 주거 지원', 'square', 51, 300, 100),
      heading(2, '(단위: 백만원)', 'plain', 460, 540, 100),
    ];
    expect(diagramLines(row).size).toBe(0);
  });
});
