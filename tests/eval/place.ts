import type { SourceRef } from '../../shared/model/source';

/** A key entry's place: a PDF page, a text line, or an HWP/HWPX section's paragraph. */
export interface Place {
  page?: number;
  line?: number;
  section?: number;
  paragraph?: number;
}

/** A text figure may be read from the line of its table's header or its statement's heading. */
export const LINE_TOLERANCE = 2;
/** Likewise an HWP figure from its heading's paragraph, a few paragraphs above. */
export const PARAGRAPH_TOLERANCE = 2;

function nearParagraph(place: Place, source: SourceRef): boolean {
  if (source.paragraph === undefined || place.paragraph === undefined) return false;
  return (
    (source.section ?? 0) === (place.section ?? 0) &&
    Math.abs(source.paragraph - place.paragraph) <= PARAGRAPH_TOLERANCE
  );
}

/**
 * Whether any of the sources is at the key's place: the same page; within two paragraphs of the
 * same section of an HWP/HWPX document; or within two lines of a text.
 */
export function atPlace(place: Place, sources: readonly SourceRef[]): boolean {
  if (place.page !== undefined) return sources.some((source) => source.page === place.page);
  if (place.paragraph !== undefined) return sources.some((source) => nearParagraph(place, source));
  const line = place.line;
  if (line === undefined) return false;
  return sources.some((source) => Math.abs(source.line - line) <= LINE_TOLERANCE);
}

export function describeSource(source: SourceRef): string {
  if (source.page !== undefined) return `p.${source.page} l.${source.line}`;
  if (source.paragraph !== undefined)
    return `¶${source.section ?? 0}:${source.paragraph} l.${source.line}`;
  return `l.${source.line}`;
}
