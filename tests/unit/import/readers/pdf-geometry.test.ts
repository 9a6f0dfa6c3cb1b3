import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGrids } from '../../../../shared/import/readers/pdf/grid';
import { joinLetterSpacing } from '../../../../shared/import/readers/pdf/letter-spacing';
import type { Ruling } from '../../../../shared/import/readers/pdf/page-rulings';
import { groupLines } from '../../../../shared/import/readers/pdf/text-lines';
import type { TextPiece } from '../../../../shared/import/readers/pdf/words';

const h = (at: number, from: number, to: number): Ruling => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ horizontal: false, at, from, to });

/** Words at x positions on one baseline, 12 pt, each glyph a full em wide. */
function words(...placed: [string, number][]): TextPiece[] {
  return placed.map(([text, x]) => ({
    text,
    x0: x,
    x1: x + 12 * [...text].length,
    top: 100,
    bottom: 114,
    baseline: 112,
    size: 12,
  }));
}

const texts = (pieces: readonly TextPiece[]) => pieces.map((piece) => piece.text);

describe('letter-spaced labels', () => {
  it('joins evenly spaced syllables that make a whole label', () => {
    expect(
      texts(joinLetterSpacing(words(['예', 0], ['산', 30], ['담', 60], ['당', 90], ['관', 120]))),
    ).toEqual(['예산담당관']);
    expect(
      texts(joinLetterSpacing(words(['□', 0], ['조', 20], ['직', 50], [':', 80], ['3과', 90]))),
    ).toEqual(['□', '조직', ':', '3과']);
  });

  it('leaves single-syllable words inside a sentence, and unevenly spaced syllables, apart', () => {
    expect(
      texts(joinLetterSpacing(words(['그', 0], ['외', 16], ['사업', 32], ['추진', 60]))),
    ).toEqual(['그', '외', '사업', '추진']);
    expect(texts(joinLetterSpacing(words(['국', 0], ['비', 16], ['시', 80])))).toEqual([
      '국',
      '비',
      '시',
    ]);
  });

  it('never loses or reorders a character', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('가', '나', '다', '12', ':', '사업'),
            fc.integer({ min: 1, max: 40 }),
          ),
          { maxLength: 12 },
        ),
        (parts) => {
          let x = 0;
          const placed = parts.map(([text, gap]): [string, number] => {
            const at = x;
            x += 12 * [...text].length + gap;
            return [text, at];
          });
          const joined = joinLetterSpacing(words(...placed));
          expect(texts(joined).join('')).toBe(parts.map(([text]) => text).join(''));
        },
      ),
    );
  });
});

describe('visual lines', () => {
  it('orders lines by their place on the page, not by the order the words came in', () => {
    const low = words(['아래', 50]).map((p) => ({ ...p, top: 200, bottom: 214, baseline: 212 }));
    const high = words(['위쪽', 50], ['줄', 90]);
    expect(groupLines([...low, ...high], 12).map((line) => line.text)).toEqual(['위쪽 줄', '아래']);
  });

  /** A line at `top` whose words start at `x`, opened by `bullet` (a private-use symbol when unknown). */
  function bulleted(top: number, x: number, bullet: string | undefined, ...texts: string[]) {
    let at = x + 14;
    const placed = texts.map((text) => {
      const piece: TextPiece = {
        text,
        x0: at,
        x1: at + 12 * [...text].length,
        top,
        bottom: top + 14,
        baseline: top + 12,
        size: 12,
      };
      at = piece.x1 + 4;
      return piece;
    });
    const mark: TextPiece = {
      text: bullet ?? '\uf000',
      x0: x,
      x1: x + 12,
      top,
      bottom: top + 14,
      baseline: top + 12,
      size: 12,
    };
    if (bullet === undefined) mark.symbol = true;
    return [mark, ...placed];
  }

  it('reads an unknown bullet set deeper than the list item above it as a sub-item, not a title', () => {
    const lines = groupLines(
      [
        ...bulleted(100, 50, undefined, '사업개요'),
        ...bulleted(120, 58, 'ㅇ', '기피시설', '건립에', '대한', '주민', '반대', '우려'),
        ...bulleted(140, 72, undefined, '의견수렴', '후', '지원방안', '검토'),
        ...bulleted(160, 50, undefined, '향후계획'),
      ],
      12,
    );
    expect(lines.map((line) => line.text)).toEqual([
      '□ 사업개요',
      'ㅇ 기피시설 건립에 대한 주민 반대 우려',
      '▸ 의견수렴 후 지원방안 검토',
      '□ 향후계획',
    ]);
  });

  it('keeps an unknown bullet at the list item’s own margin a title', () => {
    const lines = groupLines(
      [
        ...bulleted(120, 58, 'ㅇ', '주민', '반대', '우려'),
        ...bulleted(140, 52, undefined, '자원순환', '복합타운', '조성'),
      ],
      12,
    );
    expect(lines.map((line) => line.text)).toEqual([
      'ㅇ 주민 반대 우려',
      '□ 자원순환 복합타운 조성',
    ]);
  });
});

describe('grids from ruling lines', () => {
  it('finds merged cells where a border does not separate two bands', () => {
    // 3 columns × 2 rows; the first column's cells are one (no line between its rows)
    const [grid] = findGrids([
      h(0, 0, 300),
      h(50, 100, 300),
      h(100, 0, 300),
      v(0, 0, 100),
      v(100, 0, 100),
      v(200, 0, 100),
      v(300, 0, 100),
    ]);
    expect(grid?.framed).toBe(true);
    expect(grid?.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([
      [0, 0, 2, 1],
      [0, 1, 1, 1],
      [0, 2, 1, 1],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
    ]);
  });

  it('reads a dashed border and a double border as one line each', () => {
    const dashes = Array.from({ length: 30 }, (_, i) => h(50, i * 10, i * 10 + 7));
    const [grid] = findGrids([
      h(0, 0, 300),
      h(1, 0, 300),
      ...dashes,
      h(100, 0, 300),
      v(0, 0, 100),
      v(300, 0, 100),
      v(150, 0, 100),
    ]);
    expect(grid?.ys.map(Math.round)).toEqual([0, 50, 100]);
    expect(grid?.cells).toHaveLength(4);
  });

  it('keeps a table drawn inside a cell apart when it ends a point above the cell’s dotted border', () => {
    const dots = (at: number, from: number, to: number) =>
      Array.from({ length: Math.floor((to - from) / 2) }, (_, i) =>
        h(at, from + i * 2, from + i * 2 + 0.5),
      );
    const inner = [
      h(40, 60, 240),
      h(55, 60, 240),
      h(70, 60, 240),
      v(60, 40, 70),
      v(150, 40, 70),
      v(240, 40, 70),
    ];
    const grids = findGrids([
      h(0, 0, 300),
      ...dots(30, 0, 300),
      ...inner,
      ...dots(71.3, 0, 300),
      h(100, 0, 300),
      v(0, 0, 100),
      v(50, 0, 100),
      v(300, 0, 100),
    ]);
    const boxes = grids.map((grid) => grid.box.map(Math.round));
    expect(boxes).toContainEqual([60, 40, 240, 70]);
    expect(boxes).toContainEqual([0, 0, 300, 100]);
    const outer = grids.find((grid) => Math.round(grid.box[2]) === 300)!;
    expect(outer.xs.map(Math.round)).toEqual([0, 50, 300]);
  });

  it('tells an organisation chart (lines that do not frame it) from a table', () => {
    // a box on top, a connector down to a line spanning two boxes below
    const chart = findGrids([
      h(0, 120, 180),
      h(20, 120, 180),
      v(120, 0, 20),
      v(180, 0, 20),
      v(150, 20, 40),
      h(40, 50, 250),
      v(50, 40, 60),
      v(250, 40, 60),
      h(60, 20, 80),
      h(80, 20, 80),
      v(20, 60, 80),
      v(80, 60, 80),
    ]);
    expect(chart.every((grid) => !grid.framed || grid.xs.length === 2)).toBe(true);
  });
});
