import type { FlowItem } from '../flow/model';
import type { BodyContext } from './body';
import { sectionOutline } from './body';
import { type HwpRecord, readRecords, TAG } from './records';

/** One section stream → its top-level paragraphs (numbered in the section's own list). */
export function sectionParagraphs(bytes: Uint8Array): HwpRecord[] {
  return readRecords(bytes).filter((record) => record.tag === TAG.PARA_HEADER);
}

/** A new section: its outline numbering (from its definition) and its own footnotes. */
export function startSection(paragraphs: readonly HwpRecord[], context: BodyContext): FlowItem[] {
  context.outline = sectionOutline(paragraphs[0], context.info) ?? context.outline;
  context.notes = [];
  return context.notes;
}
