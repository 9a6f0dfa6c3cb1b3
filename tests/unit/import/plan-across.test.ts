import { describe, expect, it } from 'vitest';
import type { TableBlock, TableRowBlock } from '../../../shared/import/blocks/types';
import { ReadingContext } from '../../../shared/import/interpret/context';
import { LineKeys } from '../../../shared/import/interpret/line-keys';
import { readPlanAcross } from '../../../shared/import/interpret/plan-across';
import type { Collected } from '../../../shared/import/interpret/sink';

const row = (line: number, texts: string[]): TableRowBlock => ({
  cells: texts.map((text) => ({ text, label: text })),
  line,
  raw: texts.join('\t'),
  groupLabel: texts[0] ?? '',
});

function table(labels: string[], rows: string[][], caption?: string): TableBlock {
  const block: TableBlock = {
    kind: 'table',
    header: [row(10, labels)],
    columnLabels: labels,
    rows: rows.map((texts, index) => row(11 + index, texts)),
    line: 10,
    endLine: 10 + rows.length,
  };
  if (caption) block.caption = { text: caption, line: 9 };
  return block;
}

function read(block: TableBlock) {
  const collected = {
    lines: [],
    keys: new LineKeys(),
  } as unknown as Collected;
  const taken = readPlanAcross(block, new ReadingContext(2022, 'plan', '국어정책과'), collected);
  return {
    taken,
    lines: collected.lines.map((line) => [line.project, line.fiscalYear, line.budget]),
  };
}

const caption = 'ㅇ 문해력 진단체계 개발 : 60억원';

describe('a yearly plan laid across the columns with a row of amounts', () => {
  it('gives each year its budget under the item the table stands under, leaving spans out', () => {
    const { taken, lines } = read(
      table(
        ['2023', '·', '2024', '·', '2025~2026'],
        [
          ['◆ 진단 기준 연구', '', '◆ 진단 도구 개발', '', '◆ 시범 운영'],
          ['1,500백만 원', '', '2,000백만 원', '', '2,500백만 원'],
        ],
        caption,
      ),
    );
    expect(taken).toBe(true);
    expect(lines).toEqual([
      ['문해력 진단체계 개발', 2023, 1_500_000_000],
      ['문해력 진단체계 개발', 2024, 2_000_000_000],
    ]);
  });

  it('is not taken when the amounts write no unit, the header is no years, or nothing names it', () => {
    const plain = table(
      ['2023', '2024'],
      [
        ['연구', '개발'],
        ['1,500', '2,000'],
      ],
      caption,
    );
    const named = table(
      ['구분', '2023', '2024'],
      [['예산', '1,500백만 원', '2,000백만 원']],
      caption,
    );
    const nameless = table(['2023', '2024'], [['1,500백만 원', '2,000백만 원']]);
    expect(read(plain).taken).toBe(false);
    expect(read(named).taken).toBe(false);
    expect(read(nameless).taken).toBe(false);
  });
});
