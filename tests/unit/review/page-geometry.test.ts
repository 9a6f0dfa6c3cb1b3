import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Box } from '../../../shared/model/source';
import {
  MAX_CANVAS_PIXELS,
  boxToRect,
  canvasScale,
  figureScale,
  fitWidthScale,
  normalizeBox,
  scrollTarget,
  unionBox,
} from '../../../renderer/src/features/review/source/page-geometry';

const coordinate = fc.double({ min: 0, max: 2000, noNaN: true });
const box = fc.tuple(coordinate, coordinate, coordinate, coordinate) as fc.Arbitrary<Box>;
const scale = fc.double({ min: 0.05, max: 8, noNaN: true });
const size = fc.record({
  width: fc.double({ min: 50, max: 3000, noNaN: true }),
  height: fc.double({ min: 50, max: 3000, noNaN: true }),
});
const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('a source box on the rendered page', () => {
  it('lands at the box times the scale, whichever way its corners were written', () => {
    fc.assert(
      fc.property(box, scale, (b, s) => {
        const rect = boxToRect(b, s);
        const [x0, y0, x1, y1] = normalizeBox(b);
        expect(close(rect.left, x0 * s)).toBe(true);
        expect(close(rect.top, y0 * s)).toBe(true);
        expect(close(rect.left + rect.width, x1 * s)).toBe(true);
        expect(close(rect.top + rect.height, y1 * s)).toBe(true);
        expect(rect.width).toBeGreaterThanOrEqual(0);
        expect(rect.height).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('doubles in every measure when the zoom doubles (no offset, no flip)', () => {
    fc.assert(
      fc.property(box, scale, (b, s) => {
        const once = boxToRect(b, s);
        const twice = boxToRect(b, 2 * s);
        expect(close(twice.left, 2 * once.left)).toBe(true);
        expect(close(twice.top, 2 * once.top)).toBe(true);
        expect(close(twice.width, 2 * once.width)).toBe(true);
        expect(close(twice.height, 2 * once.height)).toBe(true);
      }),
    );
  });

  it('maps an A4 table row at 150 % to the pixels a reader measures by hand', () => {
    // a row 56.5 pt from the left and 301.1 pt from the top, 483.3 pt wide, 25.5 pt high
    const rect = boxToRect([56.5, 301.1, 539.8, 326.6], 1.5);
    expect(rect.left).toBeCloseTo(84.75, 6);
    expect(rect.top).toBeCloseTo(451.65, 6);
    expect(rect.width).toBeCloseTo(724.95, 6);
    expect(rect.height).toBeCloseTo(38.25, 6);
  });

  it('unites boxes into the smallest box holding every one', () => {
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 8 }), (boxes) => {
        const [x0, y0, x1, y1] = unionBox(boxes)!;
        for (const each of boxes.map(normalizeBox)) {
          expect(x0).toBeLessThanOrEqual(each[0]);
          expect(y0).toBeLessThanOrEqual(each[1]);
          expect(x1).toBeGreaterThanOrEqual(each[2]);
          expect(y1).toBeGreaterThanOrEqual(each[3]);
        }
        const all = boxes.map(normalizeBox);
        expect(all.some((each) => each[0] === x0)).toBe(true);
        expect(all.some((each) => each[3] === y1)).toBe(true);
      }),
    );
    expect(unionBox([])).toBeUndefined();
  });
});

describe('the zoom that shows a figure', () => {
  it('is never narrower than the page as wide as the view, nor more than 1.6 times that', () => {
    fc.assert(
      fc.property(box, size, size, (b, page, view) => {
        const fit = fitWidthScale(page, view);
        const zoom = figureScale(b, page, view);
        expect(zoom).toBeGreaterThanOrEqual(fit * (1 - 1e-9));
        expect(zoom).toBeLessThanOrEqual(fit * 1.6 * (1 + 1e-9));
      }),
    );
  });

  it('is the page width when there is no figure box', () => {
    expect(figureScale(undefined, { width: 595, height: 842 }, { width: 400, height: 380 })).toBe(
      400 / 595,
    );
  });

  it('zooms a narrow figure in further than a wide one', () => {
    const page = { width: 595, height: 842 };
    const view = { width: 400, height: 380 };
    const narrow = figureScale([300, 100, 400, 120], page, view);
    const wide = figureScale([50, 100, 545, 120], page, view);
    expect(narrow).toBeGreaterThan(wide);
  });
});

describe('the canvas a page is painted on', () => {
  it('never passes the pixel budget and is never sharper than asked', () => {
    fc.assert(
      fc.property(size, scale, fc.double({ min: 1, max: 4, noNaN: true }), (page, s, ratio) => {
        const device = canvasScale(page, s, ratio);
        expect(page.width * page.height * device * device).toBeLessThanOrEqual(
          MAX_CANVAS_PIXELS * (1 + 1e-9),
        );
        expect(device).toBeLessThanOrEqual(s * ratio * (1 + 1e-9));
      }),
    );
  });

  it('keeps the pixel ratio on an ordinary page', () => {
    expect(canvasScale({ width: 595, height: 842 }, 1, 2)).toBe(2);
  });
});

describe('the scroll that brings a figure into view', () => {
  it('stays inside the page and puts the figure in the middle when the page allows', () => {
    fc.assert(
      fc.property(box, scale, size, (b, s, view) => {
        const content = { width: 2000 * s + 1, height: 2000 * s + 1 };
        const rect = boxToRect(b, s);
        const at = scrollTarget(rect, view, content);
        expect(at.left).toBeGreaterThanOrEqual(0);
        expect(at.top).toBeGreaterThanOrEqual(0);
        expect(at.left).toBeLessThanOrEqual(Math.max(0, content.width - view.width) + 1e-9);
        expect(at.top).toBeLessThanOrEqual(Math.max(0, content.height - view.height) + 1e-9);
        const centreLeft = rect.left + rect.width / 2 - view.width / 2;
        const centreTop = rect.top + rect.height / 2 - view.height / 2;
        if (centreLeft >= 0 && centreLeft <= content.width - view.width)
          expect(close(at.left, centreLeft)).toBe(true);
        if (centreTop >= 0 && centreTop <= content.height - view.height)
          expect(close(at.top, centreTop)).toBe(true);
      }),
    );
  });

  it('shows a figure that fits in the view whole, wherever it sits on the page', () => {
    fc.assert(
      fc.property(box, scale, size, (b, s, view) => {
        const rect = boxToRect(b, s);
        fc.pre(rect.width <= view.width && rect.height <= view.height);
        const content = {
          width: Math.max(view.width, 2000 * s),
          height: Math.max(view.height, 2000 * s),
        };
        const at = scrollTarget(rect, view, content);
        expect(rect.left).toBeGreaterThanOrEqual(at.left - 1e-6);
        expect(rect.top).toBeGreaterThanOrEqual(at.top - 1e-6);
        expect(rect.left + rect.width).toBeLessThanOrEqual(at.left + view.width + 1e-6);
        expect(rect.top + rect.height).toBeLessThanOrEqual(at.top + view.height + 1e-6);
      }),
    );
  });
});
