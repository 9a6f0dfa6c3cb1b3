import type { Box } from '../../../model/source';

/** A 2-D affine matrix `[a, b, c, d, e, f]` as PDF and pdfjs write it. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer × inner`: applies `inner` first, then `outer` (pdfjs's `Util.transform`). */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  return [
    outer[0] * inner[0] + outer[2] * inner[1],
    outer[1] * inner[0] + outer[3] * inner[1],
    outer[0] * inner[2] + outer[2] * inner[3],
    outer[1] * inner[2] + outer[3] * inner[3],
    outer[0] * inner[4] + outer[2] * inner[5] + outer[4],
    outer[1] * inner[4] + outer[3] * inner[5] + outer[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function toMatrix(values: readonly number[] | undefined): Matrix {
  if (!values || values.length < 6) return IDENTITY;
  return [values[0]!, values[1]!, values[2]!, values[3]!, values[4]!, values[5]!];
}

/** Boxes are kept to a tenth of a point: finer is noise, and the JSON stays readable. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function roundBox(box: Box): Box {
  return [round(box[0]), round(box[1]), round(box[2]), round(box[3])];
}

export function union(boxes: readonly Box[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const box of boxes) {
    x0 = Math.min(x0, box[0]);
    y0 = Math.min(y0, box[1]);
    x1 = Math.max(x1, box[2]);
    y1 = Math.max(y1, box[3]);
  }
  return [x0, y0, x1, y1];
}

/** How much of [a0, a1] overlaps [b0, b1], as a length. */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}
