/**
 * Where a figure sits on a rendered page. A source box is `[x0, y0, x1, y1]` in PDF points from the
 * page's top-left (y downwards), so at a zoom the rectangle on screen is the box times the scale:
 * no flip, no offset. Pure arithmetic, shared by the page view and its tests.
 */
import type { Box } from '@shared/model/source';

/** A rectangle in CSS pixels on the rendered page. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** zoom limits of the page view, as multiples of "the page as wide as the panel" */
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 4;
/** space kept around a figure when zooming to it, in points */
const FIGURE_MARGIN = 24;
/** a figure is never zoomed beyond this many times the panel-wide page (a cell would fill it) */
const FIGURE_ZOOM_LIMIT = 1.6;
/** a canvas larger than this many pixels costs too much memory and time: the scale gives way */
export const MAX_CANVAS_PIXELS = 16_000_000;

/** the box with its corners in order (x0 ≤ x1, y0 ≤ y1), whichever way it was written */
export function normalizeBox(box: Box): Box {
  return [
    Math.min(box[0], box[2]),
    Math.min(box[1], box[3]),
    Math.max(box[0], box[2]),
    Math.max(box[1], box[3]),
  ];
}

/** the box on the page rendered at `scale` (CSS pixels per point) */
export function boxToRect(box: Box, scale: number): Rect {
  const [x0, y0, x1, y1] = normalizeBox(box);
  return { left: x0 * scale, top: y0 * scale, width: (x1 - x0) * scale, height: (y1 - y0) * scale };
}

/** the smallest box holding every box given; undefined for none */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const all = boxes.map(normalizeBox);
  return [
    Math.min(...all.map((b) => b[0])),
    Math.min(...all.map((b) => b[1])),
    Math.max(...all.map((b) => b[2])),
    Math.max(...all.map((b) => b[3])),
  ];
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** the scale at which the page is exactly as wide as the view */
export function fitWidthScale(page: Size, view: Size): number {
  return page.width > 0 && view.width > 0 ? view.width / page.width : 1;
}

/**
 * The scale that shows a figure well: the figure (with a margin) as wide as the view, but never
 * smaller than the whole page's width in the view, nor so large that one cell fills it.
 */
export function figureScale(box: Box | undefined, page: Size, view: Size): number {
  const fit = fitWidthScale(page, view);
  if (!box) return fit;
  const [x0, , x1] = normalizeBox(box);
  const wanted = view.width / (x1 - x0 + 2 * FIGURE_MARGIN);
  return clamp(wanted, fit, fit * FIGURE_ZOOM_LIMIT);
}

/** a zoom (multiple of the panel-wide page) kept inside the view's limits */
export function clampZoom(zoom: number): number {
  return clamp(zoom, MIN_ZOOM, MAX_ZOOM);
}

/**
 * The device scale to paint the canvas at: CSS scale × pixel ratio, lowered when the canvas would
 * pass `MAX_CANVAS_PIXELS` (a huge page at a high zoom must not freeze the window or run it out of
 * memory; it is drawn a little softer instead).
 */
export function canvasScale(page: Size, cssScale: number, pixelRatio: number): number {
  const wanted = cssScale * Math.max(1, pixelRatio);
  const pixels = page.width * page.height * wanted * wanted;
  return pixels <= MAX_CANVAS_PIXELS
    ? wanted
    : Math.sqrt(MAX_CANVAS_PIXELS / (page.width * page.height));
}

/**
 * Where to scroll the view so the rectangle is in its middle, kept inside the content (a figure at
 * the page's edge scrolls as far as the page goes, no further).
 */
export function scrollTarget(rect: Rect, view: Size, content: Size): { left: number; top: number } {
  const left = rect.left + rect.width / 2 - view.width / 2;
  const top = rect.top + rect.height / 2 - view.height / 2;
  return {
    left: clamp(left, 0, Math.max(0, content.width - view.width)),
    top: clamp(top, 0, Math.max(0, content.height - view.height)),
  };
}
