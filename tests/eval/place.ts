import type { SourceRef } from '../../shared/model/source';

/** A key entry's place: a PDF page or a text line. */
export interface Place {
  page?: number;
  line?: number;
}

/** A text figure may be read from the line of its table's header or its statement's heading. */
export const LINE_TOLERANCE = 2;

/** Whether any of the sources is at the key's place (same page; or within two lines of a text). */
export function atPlace(place: Place, sources: readonly SourceRef[]): boolean {
  if (place.page !== undefined) return sources.some((source) => source.page === place.page);
  const line = place.line;
  if (line === undefined) return false;
  return sources.some((source) => Math.abs(source.line - line) <= LINE_TOLERANCE);
}

export function describeSource(source: SourceRef): string {
  return source.page !== undefined ? `p.${source.page} l.${source.line}` : `l.${source.line}`;
}
