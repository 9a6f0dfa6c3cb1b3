import { apply, type Matrix } from './geometry';

/** A horizontal or vertical line drawn on the page (a table border), in page coordinates. */
export interface Ruling {
  horizontal: boolean;
  /** y of a horizontal line, x of a vertical one */
  at: number;
  from: number;
  to: number;
}

/** pdfjs's path-data codes inside a `constructPath` operation */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE = 4;

/** A filled rectangle thinner than this is a line drawn as a fill (how some writers draw borders). */
const THIN = 2.5;
const STRAIGHT = 0.6;

type Point = [number, number];

function isWhite(colour: string): boolean {
  return /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(colour);
}

function segment(a: Point, b: Point, out: Ruling[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy < STRAIGHT && dx >= STRAIGHT)
    out.push({
      horizontal: true,
      at: (a[1] + b[1]) / 2,
      from: Math.min(a[0], b[0]),
      to: Math.max(a[0], b[0]),
    });
  else if (dx < STRAIGHT && dy >= STRAIGHT)
    out.push({
      horizontal: false,
      at: (a[0] + b[0]) / 2,
      from: Math.min(a[1], b[1]),
      to: Math.max(a[1], b[1]),
    });
}

/** Each sub-path's points in page coordinates; curves end a straight run (rounded corners). */
function subpaths(path: ArrayLike<number>, ctm: Matrix): { points: Point[]; closed: boolean }[] {
  const result: { points: Point[]; closed: boolean }[] = [];
  let current: { points: Point[]; closed: boolean } | null = null;
  for (let i = 0; i < path.length;) {
    const code = path[i++];
    if (code === MOVE_TO || code === LINE_TO) {
      const point = apply(ctm, path[i]!, path[i + 1]!);
      i += 2;
      if (code === MOVE_TO || !current) {
        current = { points: [point], closed: false };
        result.push(current);
      } else current.points.push(point);
    } else if (code === CURVE_TO || code === QUADRATIC_TO) {
      const count = code === CURVE_TO ? 6 : 4;
      const end = apply(ctm, path[i + count - 2]!, path[i + count - 1]!);
      i += count;
      current = { points: [end], closed: false };
      result.push(current);
    } else if (code === CLOSE) {
      if (current) current.closed = true;
    } else break;
  }
  return result;
}

function boundsOf(points: readonly Point[]): [number, number, number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function isRectangle(points: readonly Point[]): boolean {
  if (points.length < 4 || points.length > 5) return false;
  const [x0, y0, x1, y1] = boundsOf(points);
  return points.every(
    (p) =>
      (Math.abs(p[0] - x0) < STRAIGHT || Math.abs(p[0] - x1) < STRAIGHT) &&
      (Math.abs(p[1] - y0) < STRAIGHT || Math.abs(p[1] - y1) < STRAIGHT),
  );
}

/**
 * A painted path's straight lines: every axis-parallel segment of a stroked path; a thin filled
 * rectangle as the line it draws; a shaded (non-white) filled rectangle's four edges, which bound
 * what is inside it like drawn borders.
 */
export function pathRulings(
  path: ArrayLike<number>,
  paint: { ctm: Matrix; fill: string; stroked: boolean; filled: boolean },
  out: Ruling[],
): void {
  const { stroked, filled } = paint;
  for (const { points, closed } of subpaths(path, paint.ctm)) {
    if (filled && !stroked && isRectangle(points)) {
      const [x0, y0, x1, y1] = boundsOf(points);
      if (y1 - y0 < THIN && x1 - x0 >= THIN)
        out.push({ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 });
      else if (x1 - x0 < THIN && y1 - y0 >= THIN)
        out.push({ horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 });
      else if (!isWhite(paint.fill) && x1 - x0 >= THIN && y1 - y0 >= THIN) {
        segment([x0, y0], [x1, y0], out);
        segment([x0, y1], [x1, y1], out);
        segment([x0, y0], [x0, y1], out);
        segment([x1, y0], [x1, y1], out);
      }
      continue;
    }
    if (!stroked) continue;
    for (let i = 1; i < points.length; i++) segment(points[i - 1]!, points[i]!, out);
    if (closed && points.length > 2) segment(points[points.length - 1]!, points[0]!, out);
  }
}
