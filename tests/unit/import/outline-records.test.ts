import { describe, expect, it } from 'vitest';
import type { TableBlock, TableRowBlock } from '../../../shared/import/blocks/types';
import { readCellOutlines } from '../../../shared/import/interpret/cell-outlines';
import { ReadingContext } from '../../../shared/import/interpret/context';
import { LineKeys } from '../../../shared/import/interpret/line-keys';
import type { Collected } from '../../../shared/import/interpret/sink';

const row = (line: number, texts: string[]): TableRowBlock => ({
  cells: texts.map((text) => ({ text, label: text })),
  line,
  raw: texts.join('\t'),
  groupLabel: texts[0] ?? '',
});

const labels = ['연번', '사업명(사업내용)', '사업명(사업내용)', '공모시기', '주관부처'];
const table: TableBlock = {
  kind: 'table',
  header: [row(20, labels)],
  columnLabels: labels,
  rows: [
    ['1', '사업명 :', '물새 관찰 탐방로 조성', '’25.6월', '국가유산청'],
    ['', '사업내용 :', '생태학습장 조성', '', ''],
    ['', '사업기간 :', '2026년', '', ''],
    ['', '사업규모 :', '600백만원(국비 300, 시비 300)', '', ''],
    ['', '추진상황 :', '사업설명 준비', '', ''],
    ['2', '사업명 :', '하구 유산교육 사업', '’25.7월', '국가유산청'],
    ['', '사업기간 :', '2025년 ~ 2027년', '', ''],
    ['', '사업규모 :', '90백만원(국비 45, 시비 45)', '', ''],
  ].map((texts, index) => row(21 + index, texts)),
  line: 20,
  endLine: 28,
};

describe('project outlines written one field a row', () => {
  const collected = { lines: [], keys: new LineKeys() } as unknown as Collected;
  const taken = readCellOutlines(table, new ReadingContext(2025, 'plan', '생태관리과'), collected);
  const lines = collected.lines.map((line) => [
    line.project,
    line.fiscalYear,
    line.requiredBudget ?? null,
    line.totalCost ?? null,
    line.funding,
    line.source.line,
  ]);

  it('gives each record its line, named by its 사업명 cell alone, at its cost row', () => {
    expect(taken).toBe(true);
    expect(lines[0]).toEqual([
      '물새 관찰 탐방로 조성',
      2026,
      600_000_000,
      null,
      { national: 300_000_000, city: 300_000_000 },
      24,
    ]);
  });

  it('files a one-year outline under its year and a span of years as the whole cost', () => {
    expect(lines[1]).toEqual([
      '하구 유산교육 사업',
      2025,
      null,
      90_000_000,
      { national: 45_000_000, city: 45_000_000 },
      28,
    ]);
  });
});
