import type { FlowItem } from '../flow/model';
import type { BodyContext } from './body';
import { sectionOutline } from './body';
import { type HwpRecord, readRecords, TAG } from './records';

/** A paragraph's character shapes, line layout and range tags: the text reader needs none. */
const UNREAD = new Set<number>([TAG.PARA_CHAR_SHAPE, TAG.PARA_LINE_SEG, TAG.PARA_RANGE_TAG]);

/** One section stream → its top-level paragraphs (numbered in the section's own list). */
export function sectionParagraphs(bytes: Uint8Array): HwpRecord[] {
  return readRecords(bytes, UNREAD).filter((record) => record.tag === TAG.PARA_HEADER);
}

/** A new section: its outline numbering (from its definition) and its own footnotes. */
export function startSection(paragraphs: readonly HwpRecord[], context: BodyContext): FlowItem[] {
  context.outline = sectionOutline(paragraphs[0], context.info) ?? context.outline;
  context.notes = [];
  return context.notes;
}
