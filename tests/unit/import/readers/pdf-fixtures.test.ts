import { describe, expect, it } from 'vitest';
import { readFixture, shown } from '../../../support/pdf-fixtures';

const blocksOf = async (name: string) => (await readFixture(name)).blocks.map(shown);
const PAGE_1 = { kind: 'noise', text: '- 1 -', page: 1 };

describe('reading PDFs made from known pages', () => {
  it('reads a bordered table with merged header cells into spans and parent/child column labels', async () => {
    expect(await blocksOf('merged-header.pdf')).toEqual([
      { kind: 'heading', marker: 'square', text: '예산 현황', page: 1 },
      { kind: 'unit', text: '(단위: 천원)', page: 1 },
      {
        kind: 'table',
        page: 1,
        header: [
          ['구분 ↓2', '2025년 예산 →3', '', '', '2024년 예산 ↓2'],
          ['', '국비', '시비', '구비', ''],
        ],
        columns: ['구분', '2025년예산/국비', '2025년예산/시비', '2025년예산/구비', '2024년예산'],
        rows: [
          ['계', '1,500', '900', '600', '2,700'],
          ['청년 일자리', '1,000', '500', '300', '1,800'],
          ['어르신 돌봄', '500', '400', '300', '900'],
        ],
      },
      PAGE_1,
    ]);
  });

  it('reads a three-line header into labels three deep', async () => {
    expect(await blocksOf('three-line-header.pdf')).toEqual([
      { kind: 'heading', marker: 'square', text: '재원별 예산', page: 1 },
      { kind: 'unit', text: '(단위: 백만원)', page: 1 },
      {
        kind: 'table',
        page: 1,
        header: [
          ['구분 ↓3', '예산 →4', '', '', '', '비고 ↓3'],
          ['', '2025년 →2', '', '2024년 →2', '', ''],
          ['', '국비', '시비', '국비', '시비', ''],
        ],
        columns: [
          '구분',
          '예산/2025년/국비',
          '예산/2025년/시비',
          '예산/2024년/국비',
          '예산/2024년/시비',
          '비고',
        ],
        rows: [
          ['도서관 건립', '120', '80', '100', '60', '신규'],
          ['공원 정비', '45', '30', '40', '25', ''],
        ],
      },
      PAGE_1,
    ]);
  });

  it('joins letter-spaced labels in headings, statements and cells, and leaves a sentence’s short words alone', async () => {
    expect(await blocksOf('letter-spaced.pdf')).toEqual([
      { kind: 'heading', marker: 'square', text: '예산담당관', page: 1 },
      {
        kind: 'list',
        marker: '○',
        text: '사업비 : 700,000천원(국비 350,000천원, 시비 350,000천원)',
        page: 1,
      },
      { kind: 'list', marker: '-', text: '그 외 사업 추진', page: 1 },
      {
        kind: 'table',
        page: 1,
        header: [['구분', '정원', '현원']],
        columns: ['구분', '정원', '현원'],
        rows: [
          ['합계', '30', '28'],
          ['복지정책과', '30', '28'],
        ],
      },
      PAGE_1,
    ]);
  });

  it('reads a table without any rules by the alignment of its columns', async () => {
    expect(await blocksOf('borderless.pdf')).toEqual([
      { kind: 'heading', marker: 'square', text: '세입 세출 현황', page: 1 },
      { kind: 'unit', text: '(단위: 백만원)', page: 1 },
      {
        kind: 'table',
        page: 1,
        header: [['구분', '계', '복지정책과', '노인복지과']],
        columns: ['구분', '계', '복지정책과', '노인복지과'],
        rows: [
          ['세입', '1,200', '700', '500'],
          ['세출', '5,300', '3,100', '2,200'],
        ],
      },
      { kind: 'heading', marker: 'circle', text: '세출은 전년 대비 6% 늘었습니다.', page: 1 },
      PAGE_1,
    ]);
  });

  it('joins a table continued on the next page, its repeated header read once', async () => {
    const blocks = await blocksOf('split-table.pdf');
    const money = (n: number) => n.toLocaleString('en-US');
    const rows = Array.from({ length: 40 }, (_, i) => [
      `사업 ${String(i + 1).padStart(2, '0')}`,
      money(1000 * (i + 1)),
      money(500 * (i + 1)),
    ]);
    expect(blocks).toEqual([
      { kind: 'heading', marker: 'square', text: '세부사업별 예산', page: 1 },
      { kind: 'unit', text: '(단위: 천원)', page: 1 },
      {
        kind: 'table',
        page: 1,
        header: [['세부사업', '예산', '집행액']],
        columns: ['세부사업', '예산', '집행액'],
        rows,
      },
      PAGE_1,
      { kind: 'noise', text: '- 2 -', page: 2 },
    ]);
    const table = (await readFixture('split-table.pdf')).blocks.find((b) => b.kind === 'table');
    const pages = new Set(table?.kind === 'table' ? table.rows.map((row) => row.source?.page) : []);
    expect(pages).toEqual(new Set([1, 2]));
  });

  it('keeps a heading with its statement when a page number falls between them', async () => {
    expect(await blocksOf('page-number-between.pdf')).toEqual([
      { kind: 'heading', marker: 'plain', text: '2025년 주요업무 계획', page: 1 },
      { kind: 'heading', marker: 'plain', text: '노인복지과', page: 1 },
      { kind: 'heading', marker: 'number', text: '노인 일자리 확대', page: 1 },
      PAGE_1,
      {
        kind: 'list',
        marker: '○',
        text: '사업비 : 1,200,000천원(국비 600,000천원, 시비 360,000천원, 구비 240,000천원)',
        page: 2,
      },
      { kind: 'noise', text: '- 2 -', page: 2 },
    ]);
  });
});

describe('where the reader says things are', () => {
  it('gives every line of its text a page and a box inside the page', async () => {
    const read = await readFixture('merged-header.pdf');
    const lines = read.text.split('\n');
    for (const [line, position] of read.positions ?? []) {
      expect(lines[line - 1]!.trim()).not.toBe('');
      const [x0, y0, x1, y1] = position.box!;
      expect(position.page).toBe(1);
      expect(0 <= x0 && x0 < x1 && x1 <= 595.5 && 0 <= y0 && y0 < y1 && y1 <= 842).toBe(true);
    }
    expect(read.positions?.size).toBe(lines.filter((line) => line.trim() !== '').length);
  });

  it('writes a table row as one line, its cells joined by tabs, and its cells’ boxes in order', async () => {
    const read = await readFixture('merged-header.pdf');
    const table = read.blocks.find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const total = table.rows[0]!;
    expect(read.text.split('\n')[total.line - 1]).toBe('계\t1,500\t900\t600\t2,700');
    const boxes = total.cells.map((cell) => cell.source!.box!);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![2] - 1);
    expect(total.source?.box?.[1]).toBeGreaterThan(table.header[1]!.source!.box![1]);
  });
});
