import type { FlowItem } from '../flow/model';
import type { BodyContext } from './body';
import { readParagraph, sectionOutline } from './body';
import { readRecords, TAG } from './records';

/** One section stream → its items; paragraphs are numbered in the section's own list. */
export function readSection(bytes: Uint8Array, section: number, context: BodyContext): FlowItem[] {
  const paragraphs = readRecords(bytes).filter((record) => record.tag === TAG.PARA_HEADER);
  context.outline = sectionOutline(paragraphs[0], context.info) ?? context.outline;
  context.notes = [];
  const items = paragraphs.flatMap((record, paragraph) =>
    readParagraph(record, { section, paragraph }, context),
  );
  return [...items, ...context.notes];
}
