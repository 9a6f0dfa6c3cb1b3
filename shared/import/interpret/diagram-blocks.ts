/**
 * Texts drawn side by side on a page: the boxes of an organisation chart (`청년정책팀 | 대학정책지원팀
 * | 교육지원팀`) or of a flow chart (`[1단계-발굴] ➊ 청끌기업 발굴 | [2단계-성장] ➊ 설명회 개최`). A
 * reader that finds their own lines makes headings of them, but they are labels of a drawing: they
 * open no department and no project, or the figures after the drawing would be filed under its last
 * box. Known only where the reader gives each block's box (PDF); text files have no drawings.
 */
import type { Block } from '../blocks/types';

type Box = [number, number, number, number];

interface Placed {
  line: number;
  page: number;
  box: Box;
}

/** how much of the shorter block's height two blocks side by side must share */
const SAME_ROW = 0.5;
/** a box in a drawing is narrow: at most this share of the page's text width */
const NARROW = 0.4;

function placed(block: Block): Placed | null {
  if (block.kind !== 'heading' && block.kind !== 'paragraph' && block.kind !== 'list') return null;
  const source = block.source;
  if (!source?.box || source.page === undefined) return null;
  return { line: block.line, page: source.page, box: source.box as Box };
}

function sideBySide(a: Box, b: Box): boolean {
  const shared = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  const shorter = Math.min(a[3] - a[1], b[3] - b[1]);
  const apart = a[2] <= b[0] || b[2] <= a[0];
  return apart && shorter > 0 && shared >= SAME_ROW * shorter;
}

/** The lines of the text blocks that are boxes of a drawing. */
export function diagramLines(blocks: readonly Block[]): Set<number> {
  const pages = new Map<number, Placed[]>();
  for (const block of blocks) {
    const found = placed(block);
    if (!found) continue;
    const page = pages.get(found.page) ?? [];
    page.push(found);
    pages.set(found.page, page);
  }
  const lines = new Set<number>();
  for (const page of pages.values()) {
    const left = Math.min(...page.map((block) => block.box[0]));
    const right = Math.max(...page.map((block) => block.box[2]));
    const narrow = (block: Placed) => block.box[2] - block.box[0] <= NARROW * (right - left);
    const candidates = page.filter(narrow);
    const inDrawing = new Set<Placed>();
    for (const a of candidates)
      for (const b of candidates)
        if (a !== b && sideBySide(a.box, b.box)) {
          inDrawing.add(a);
          inDrawing.add(b);
        }
    // a box's other items stand in its column, one under another, even where no box beside them
    // shares their row (a two-line item shifts the column's rows)
    let grown = true;
    while (grown) {
      grown = false;
      for (const block of candidates)
        if (!inDrawing.has(block) && [...inDrawing].some((box) => sameColumn(box.box, block.box))) {
          inDrawing.add(block);
          grown = true;
        }
    }
    for (const block of inDrawing) lines.add(block.line);
  }
  return lines;
}

/** how far apart (in points) the left edges of items of one column may be */
const ALIGNED = 4;
/** the most space between two items of a column, in item heights */
const COLUMN_GAP = 1.5;

function sameColumn(a: Box, b: Box): boolean {
  const gap = Math.max(a[1], b[1]) - Math.min(a[3], b[3]);
  const height = Math.max(a[3] - a[1], b[3] - b[1]);
  return Math.abs(a[0] - b[0]) <= ALIGNED && gap <= COLUMN_GAP * height;
}
