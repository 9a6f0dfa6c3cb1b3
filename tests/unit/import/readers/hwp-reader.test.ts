import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument, ReaderError } from '../../../../shared/import/readers';
import type { Block, TableBlock } from '../../../../shared/import/blocks/types';
import { readHwp } from '../../../../shared/import/readers/hwp/hwp-reader';
import { writeHwp } from '../../../support/hwp-writer';
import { SYNTHETIC_HWP, SYNTHETIC_TEXT } from './hwp-synthetic';

const readers = { hwp: readHwp };
const bytes = writeHwp(SYNTHETIC_HWP);
const read = await readDocument(bytes, {}, readers);

function tables(blocks: Block[]): TableBlock[] {
  return blocks.filter((block): block is TableBlock => block.kind === 'table');
}

function summary(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${block.line} heading ${block.level} ${block.marker} ${block.ordinal ?? '-'} ${block.text}`;
    case 'list':
      return `${block.line} list ${block.marker} ${block.text}`;
    case 'table':
      return `${block.line}-${block.endLine} table`;
    default:
      return `${block.line} ${block.kind} ${block.text}`;
  }
}

describe('reading an HWP 5.0 file into the text reader’s blocks', () => {
  it('renders one line per paragraph, table rows as tab-joined cells, nested tables after theirs', () => {
    expect(read.format).toBe('hwp');
    expect(read.text).toBe(SYNTHETIC_TEXT);
  });

  it('gives outline numbers, bullets and private-use characters the text a reader sees', () => {
    expect(read.blocks.map(summary)).toEqual([
      '1 heading 2 plain - 2025년 새솔구 주요업무 계획',
      '3 heading 2 number 1 일반현황',
      '4 list ▪ 예산 현황',
      '5 unit (단위: 천원)',
      '6-9 table',
      '10-11 table',
      '12 heading 4 circled ① 청년 일자리 지원',
      '13 paragraph 사업비: 1,500천원',
      '14-15 table',
      '16 paragraph 본문 뒤 문장',
      '17 paragraph 주: 2025년은 본예산',
      '18 heading 2 number 2 추진계획',
      '19 heading 3 square - 세부사업',
      '20 heading 2 number 3 향후 계획',
    ]);
  });

  it('keeps merged cells as spans under two header rows, and the masked value as text', () => {
    const [budget] = tables(read.blocks);
    expect(budget!.columnLabels).toEqual(['구분', '예산/2024년', '예산/2025년', '비고']);
    expect(
      budget!.header.map((row) => row.cells.map((c) => [c.text, c.colSpan, c.rowSpan])),
    ).toEqual([
      [
        ['구분', undefined, 2],
        ['예산', 2, undefined],
        ['', undefined, undefined],
        ['비고', undefined, 2],
      ],
      [
        ['', undefined, undefined],
        ['2024년', undefined, undefined],
        ['2025년', undefined, undefined],
        ['', undefined, undefined],
      ],
    ]);
    expect(budget!.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['청년 일자리', '1,200', '1,500', '****'],
      ['합계', '1,200', '1,500', ''],
    ]);
    expect(budget!.unit).toEqual({ text: '(단위: 천원)', line: 5 });
    expect(budget!.caption).toEqual({ text: '예산 현황', line: 4 });
  });

  it('reads a table nested in a cell once, and a table inside a text box', () => {
    const [, nested, boxed] = tables(read.blocks);
    expect(nested!.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['국비', '500'],
      ['구비', '1,000'],
    ]);
    expect(boxed!.columnLabels).toEqual(['항목', '금액']);
    expect(boxed!.rows[0]!.cells.map((c) => c.text)).toEqual(['인건비', '700']);
    expect(tables(read.blocks)).toHaveLength(3);
  });

  it('places every line, table and cell in the original: section, paragraph, table, row, column', () => {
    expect(read.positions?.get(3)).toEqual({ section: 0, paragraph: 2 });
    expect(read.positions?.get(8)).toEqual({ section: 0, paragraph: 5, table: 0, row: 2 });
    expect(read.positions?.get(13)).toEqual({ section: 0, paragraph: 7 });
    expect(read.positions?.get(17)).toEqual({ section: 0, paragraph: 8 });
    expect(read.positions?.get(20)).toEqual({ section: 1, paragraph: 2, table: 3, row: 0 });
    const [budget, nested] = tables(read.blocks);
    expect(budget!.source).toEqual({ section: 0, paragraph: 5, table: 0 });
    expect(budget!.rows[0]!.cells[3]!.source).toEqual({
      section: 0,
      paragraph: 5,
      table: 0,
      row: 2,
      col: 3,
    });
    expect(nested!.source).toEqual({ section: 0, paragraph: 5, table: 1 });
  });

  it('reads a distribution document from its decrypted ViewText, not the stub in BodyText', async () => {
    const distributed = await readHwp(writeHwp({ ...SYNTHETIC_HWP, distribution: true }), {});
    expect(distributed.text).toBe(SYNTHETIC_TEXT);
  });

  it('reads an uncompressed file the same way', async () => {
    const plain = await readHwp(writeHwp({ ...SYNTHETIC_HWP, compressed: false }), {});
    expect(plain.text).toBe(SYNTHETIC_TEXT);
  });

  it('reports progress by paragraph, and stops when cancelled before or while reading', async () => {
    const seen: [number, number][] = [];
    await readHwp(bytes, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)).toEqual([12, 12]);
    const before = new AbortController();
    before.abort();
    await expect(readHwp(bytes, { signal: before.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
    const during = new AbortController();
    await expect(
      readHwp(bytes, { signal: during.signal, onProgress: () => during.abort() }),
    ).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('HWP files that cannot be read get their own clear error', () => {
  const codeOf = async (data: Uint8Array) => {
    try {
      await readHwp(data, {});
      return 'read';
    } catch (error) {
      expect(error).toBeInstanceOf(ReaderError);
      return (error as ReaderError).code;
    }
  };

  it('names a password-protected document, a DRM-protected one and a damaged one apart', async () => {
    expect(await codeOf(writeHwp({ ...SYNTHETIC_HWP, password: true }))).toBe('password');
    expect(await codeOf(writeHwp({ ...SYNTHETIC_HWP, drm: true }))).toBe('drm');
    expect(await codeOf(bytes.slice(0, 1000))).toBe('damaged');
  });

  it('says so in Korean and English', async () => {
    const error = (await readHwp(writeHwp({ ...SYNTHETIC_HWP, password: true }), {}).catch(
      (caught: unknown) => caught,
    )) as ReaderError;
    expect(error.ko).toMatch(/암호/);
    expect(error.en).toMatch(/password/);
  });

  it('never throws anything but a ReaderError on random or mutated bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 4096 }),
          fc
            .array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), {
              minLength: 1,
              maxLength: 20,
            })
            .map((edits) => {
              const mutated = bytes.slice();
              for (const [at, value] of edits) mutated[at] = value;
              return mutated;
            }),
        ),
        async (data) => {
          try {
            await readHwp(data, {});
          } catch (error) {
            expect(error).toBeInstanceOf(ReaderError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
