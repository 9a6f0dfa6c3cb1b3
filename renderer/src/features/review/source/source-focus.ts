/**
 * What the source panel points at: the selected line's figure, or a finding's stated figure with
 * the other figures its check used. Each is a SourceRef (line, and page/box, HWP cell or sheet cell
 * where the reader knew it).
 */
import type { Finding, SourceRef } from '@shared/model/report';
import type { Box } from '@shared/model/source';

export interface SourceFocus {
  /** the figure itself: highlighted */
  primary: SourceRef;
  /** the other figures the finding's check used: marked in another style */
  used: SourceRef[];
}

export type MarkKind = 'figure' | 'used';

export interface PageMark {
  box: Box;
  kind: MarkKind;
}

/** the line's own source, or the finding's stated cell first and its other cells after */
export function focusOf(lineSource: SourceRef, finding?: Finding): SourceFocus {
  if (!finding) return { primary: lineSource, used: [] };
  const [stated, ...others] = finding.cells ?? [];
  const primary = stated ?? finding.source;
  const place = (ref: SourceRef) =>
    [ref.line, ref.page, ref.box?.join(), ref.sheet, ref.table, ref.row, ref.col].join('|');
  const same = (a: SourceRef, b: SourceRef) => place(a) === place(b);
  return { primary, used: others.filter((cell) => !same(cell, primary)) };
}

/** the marks to draw on one page: the figure last, so it sits on top */
export function marksOnPage(focus: SourceFocus, page: number): PageMark[] {
  const marks: PageMark[] = [];
  for (const ref of focus.used)
    if (ref.page === page && ref.box) marks.push({ box: ref.box, kind: 'used' });
  if (focus.primary.page === page && focus.primary.box)
    marks.push({ box: focus.primary.box, kind: 'figure' });
  return marks;
}

/** pages other than `page` that hold figures of the focus, in order */
export function otherMarkedPages(focus: SourceFocus, page: number): number[] {
  const pages = new Set<number>();
  for (const ref of [focus.primary, ...focus.used])
    if (ref.page !== undefined && ref.page !== page) pages.add(ref.page);
  return [...pages].sort((a, b) => a - b);
}
