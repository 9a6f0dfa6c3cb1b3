import { multiply, toMatrix, type Matrix } from './geometry';
import { pathRulings, type Ruling } from './page-rulings';
import type { PdfjsOperatorList } from './pdfjs-types';
import {
  beginText,
  initialTextState,
  moveText,
  setFont,
  setTextMatrix,
  showText,
  type FontMetrics,
  type PlacedGlyph,
  type TextState,
} from './text-state';

interface GraphicsState {
  ctm: Matrix;
  fill: string;
  text: TextState;
}

export interface PageDrawing {
  glyphs: PlacedGlyph[];
  rulings: Ruling[];
}

const STROKES = [
  'stroke',
  'closeStroke',
  'fillStroke',
  'eoFillStroke',
  'closeFillStroke',
  'closeEOFillStroke',
];
const FILLS = [
  'fill',
  'eoFill',
  'fillStroke',
  'eoFillStroke',
  'closeFillStroke',
  'closeEOFillStroke',
];

function codes(OPS: Readonly<Record<string, number>>, names: readonly string[]): Set<number> {
  return new Set(names.map((name) => OPS[name]).filter((code) => code !== undefined));
}

function numberAt(args: unknown, index: number): number {
  const value = (args as ArrayLike<unknown> | null)?.[index];
  return typeof value === 'number' ? value : 0;
}

function save(state: GraphicsState): GraphicsState {
  return { ...state, text: { ...state.text } };
}

/**
 * One pass over a page's operator list: the glyphs it draws (placed like pdfjs's canvas places
 * them) and the straight lines it strokes or fills, both in page coordinates. Text comes from here
 * rather than pdfjs's text content: every glyph's own position (cells of a table row are often one
 * text run), and the page is parsed once.
 */
export function walkOperators(
  operators: PdfjsOperatorList,
  OPS: Readonly<Record<string, number>>,
  view: readonly number[],
  fontOf: (name: string) => FontMetrics | undefined,
): PageDrawing {
  const glyphs: PlacedGlyph[] = [];
  const rulings: Ruling[] = [];
  const stroke = codes(OPS, STROKES);
  const fill = codes(OPS, FILLS);
  const stack: GraphicsState[] = [];
  let state: GraphicsState = { ctm: toMatrix(view), fill: '#000000', text: initialTextState() };
  const { fnArray, argsArray } = operators;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push(save(state));
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        if (args) state.ctm = multiply(state.ctm, toMatrix(args as number[]));
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push(save(state));
        const matrix = args?.[0] as ArrayLike<number> | null | undefined;
        if (matrix) state.ctm = multiply(state.ctm, toMatrix(Array.from(matrix)));
        break;
      }
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.setFillRGBColor:
        if (typeof args?.[0] === 'string') state.fill = args[0];
        break;
      case OPS.constructPath: {
        const op = args?.[0] as number;
        const data = (args?.[1] as ArrayLike<number>[] | undefined)?.[0];
        if (data && (stroke.has(op) || fill.has(op)))
          pathRulings(
            data,
            { ctm: state.ctm, fill: state.fill, stroked: stroke.has(op), filled: fill.has(op) },
            rulings,
          );
        break;
      }
      case OPS.beginText:
        beginText(state.text);
        break;
      case OPS.setFont:
        setFont(state.text, fontOf(String(args?.[0])), numberAt(args, 1));
        break;
      case OPS.setTextMatrix:
        if (args?.[0]) setTextMatrix(state.text, args[0] as ArrayLike<number>);
        break;
      case OPS.moveText:
        moveText(state.text, numberAt(args, 0), numberAt(args, 1));
        break;
      case OPS.setLeadingMoveText:
        state.text.leading = numberAt(args, 1);
        moveText(state.text, numberAt(args, 0), numberAt(args, 1));
        break;
      case OPS.setLeading:
        state.text.leading = -numberAt(args, 0);
        break;
      case OPS.nextLine:
        moveText(state.text, 0, state.text.leading);
        break;
      case OPS.setCharSpacing:
        state.text.charSpacing = numberAt(args, 0);
        break;
      case OPS.setWordSpacing:
        state.text.wordSpacing = numberAt(args, 0);
        break;
      case OPS.setHScale:
        state.text.hScale = numberAt(args, 0) / 100;
        break;
      case OPS.setTextRise:
        state.text.rise = numberAt(args, 0);
        break;
      case OPS.showText:
        if (args?.[0]) showText(state.text, args[0] as ArrayLike<number>, state.ctm, glyphs);
        break;
    }
  }
  return { glyphs, rulings };
}
