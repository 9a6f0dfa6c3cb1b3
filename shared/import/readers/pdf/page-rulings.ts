import { apply, IDENTITY, multiply, toMatrix, type Matrix } from './geometry';
import type { PdfjsOperatorList } from './pdfjs-types';

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

interface State {
  ctm: Matrix;
  fill: string;
}

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

function painted(
  path: ArrayLike<number>,
  state: State,
  stroked: boolean,
  filled: boolean,
  out: Ruling[],
): void {
  for (const { points, closed } of subpaths(path, state.ctm)) {
    if (filled && !stroked && isRectangle(points)) {
      const [x0, y0, x1, y1] = boundsOf(points);
      if (y1 - y0 < THIN && x1 - x0 >= THIN)
        out.push({ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 });
      else if (x1 - x0 < THIN && y1 - y0 >= THIN)
        out.push({ horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 });
      else if (!isWhite(state.fill) && x1 - x0 >= THIN && y1 - y0 >= THIN) {
        // a shaded cell or box: its edges bound what is inside it, like drawn borders
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

/**
 * The page's straight lines, from its operator list: stroked paths and thin filled rectangles (with
 * the current transform, through saved states and form XObjects), in page coordinates.
 */
export function pageRulings(
  operators: PdfjsOperatorList,
  OPS: Readonly<Record<string, number>>,
  viewTransform: readonly number[],
): Ruling[] {
  const out: Ruling[] = [];
  const stack: State[] = [];
  let state: State = { ctm: multiply(toMatrix(viewTransform), IDENTITY), fill: '#000000' };
  const stroke = new Set(
    ['stroke', 'closeStroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke']
      .map((name) => OPS[name])
      .filter((code) => code !== undefined),
  );
  const fill = new Set(
    ['fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke']
      .map((name) => OPS[name])
      .filter((code) => code !== undefined),
  );
  const { fnArray, argsArray } = operators;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(state);
    else if (fn === OPS.restore) state = stack.pop() ?? state;
    else if (fn === OPS.transform && args)
      state = { ...state, ctm: multiply(state.ctm, toMatrix(args as number[])) };
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(state);
      const matrix = args?.[0] as number[] | null | undefined;
      if (matrix) state = { ...state, ctm: multiply(state.ctm, toMatrix(matrix)) };
    } else if (fn === OPS.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === OPS.setFillRGBColor && args && typeof args[0] === 'string')
      state = { ...state, fill: args[0] };
    else if (fn === OPS.constructPath && args) {
      const op = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || (!stroke.has(op) && !fill.has(op))) continue;
      painted(data, state, stroke.has(op), fill.has(op), out);
    }
  }
  return out;
}
