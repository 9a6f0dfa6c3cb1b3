import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPageOf, pageLabel, paginate, type FlowItem } from '../../../shared/print/paginate';

const table = (rows: number, rowHeight = 10, extra: Partial<FlowItem> = {}): FlowItem =>
  ({
    kind: 'table',
    id: 't',
    headHeight: 20,
    rowHeights: Array.from({ length: rows }, () => rowHeight),
    ...extra,
  }) as FlowItem;

describe('paginate', () => {
  it('keeps everything on one page when it fits', () => {
    const pages = paginate([{ kind: 'block', id: 'a', height: 30 }, table(5)], 100);
    expect(pages).toEqual([
      [
        { kind: 'block', id: 'a' },
        { kind: 'table', id: 't', from: 0, to: 5, continued: false, withFoot: true },
      ],
    ]);
  });

  it('splits a long table between rows and repeats its header on the next page', () => {
    const pages = paginate([table(20)], 100);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toEqual([
      { kind: 'table', id: 't', from: 0, to: 8, continued: false, withFoot: false },
    ]);
    expect(pages[1]).toEqual([
      { kind: 'table', id: 't', from: 8, to: 16, continued: true, withFoot: false },
    ]);
    expect(pages[2]).toEqual([
      { kind: 'table', id: 't', from: 16, to: 20, continued: true, withFoot: true },
    ]);
  });

  it('keeps the totals row with the last row', () => {
    const pages = paginate([table(8, 10, { footHeight: 10 })], 100);
    expect(pages.map((page) => page[0])).toMatchObject([
      { from: 0, to: 7, withFoot: false },
      { from: 7, to: 8, withFoot: true },
    ]);
  });

  it('moves a heading to the next page rather than leaving it alone at the bottom', () => {
    const pages = paginate(
      [
        { kind: 'block', id: 'filler', height: 80 },
        { kind: 'block', id: 'heading', height: 10, keepWithNext: true },
        table(3),
      ],
      100,
    );
    expect(pages.map((page) => page.map((piece) => piece.id))).toEqual([
      ['filler'],
      ['heading', 't'],
    ]);
  });

  it('starts a new page for a block that asks for it, and numbers pages from 1', () => {
    const pages = paginate(
      [
        { kind: 'block', id: 'cover', height: 10 },
        { kind: 'block', id: 'contents', height: 10, breakBefore: true },
      ],
      100,
    );
    expect(firstPageOf(pages)).toEqual(
      new Map([
        ['cover', 1],
        ['contents', 2],
      ]),
    );
    expect(pageLabel(3)).toBe('- 3 -');
  });

  it('never overfills a page, never loses or repeats a row, and keeps rows in order', () => {
    const item = fc.record({
      rows: fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 40 }),
      head: fc.integer({ min: 1, max: 30 }),
      before: fc.integer({ min: 0, max: 90 }),
    });
    fc.assert(
      fc.property(item, ({ rows, head, before }) => {
        const items: FlowItem[] = [
          { kind: 'block', id: 'b', height: before },
          { kind: 'table', id: 't', headHeight: head, rowHeights: rows },
        ];
        const pages = paginate(items, 100);
        const placed: number[] = [];
        for (const page of pages) {
          let used = 0;
          for (const piece of page) {
            if (piece.kind === 'block') used += before;
            else {
              used += head + rows.slice(piece.from, piece.to).reduce((a, b) => a + b, 0);
              for (let row = piece.from; row < piece.to; row++) placed.push(row);
            }
          }
          const single =
            page.length === 1 && page[0]!.kind === 'table' && page[0]!.to - page[0]!.from === 1;
          if (!single) expect(used).toBeLessThanOrEqual(100.5);
        }
        expect(placed).toEqual(rows.map((_, index) => index));
      }),
      { numRuns: 300 },
    );
  });
});
