import type { FlowCell, FlowItem, FlowParagraph, FlowPlace, FlowTable } from '../flow/model';
import type { NumberingCounter } from '../flow/numbering';
import { type Numbering } from '../flow/numbering';
import type { DocInfo } from './doc-info';
import { readParaText } from './para-text';
import { type HwpRecord, TAG } from './records';
import { CTRL, ctrlId } from './tags';
import { paragraphItems } from '../flow/paragraph-items';

const SECTION_DEF = ctrlId('secd');

/** Reading state shared by every paragraph of the document (numbers run across sections). */
export interface BodyContext {
  info: DocInfo;
  counter: NumberingCounter;
  outline?: Numbering;
  /** footnotes and endnotes met so far in the section: read after its body, so they do not
   * split its tables */
  notes: FlowItem[];
}

function controlId(record: HwpRecord): number {
  return record.u32(0);
}

/** Siblings after a LIST_HEADER up to the next one: the paragraphs of that list. */
function paragraphLists(children: readonly HwpRecord[]): HwpRecord[][] {
  const lists: HwpRecord[][] = [];
  let current: HwpRecord[] | null = null;
  for (const child of children) {
    if (child.tag === TAG.LIST_HEADER) {
      current = [...child.children.filter((c) => c.tag === TAG.PARA_HEADER)];
      lists.push(current);
    } else if (child.tag === TAG.PARA_HEADER && current) current.push(child);
    else {
      current = null;
      if (child.children.length > 0) lists.push(...paragraphLists(child.children));
    }
  }
  return lists;
}

function head(record: HwpRecord, context: BodyContext): Pick<FlowParagraph, 'head' | 'outline'> {
  const shape = context.info.paraShapes[record.u16(8)];
  if (!shape || shape.head === 'none') return {};
  if (shape.head === 'bullet') {
    const bullet = context.info.bullets[shape.headId - 1];
    return bullet ? { head: bullet } : {};
  }
  const numbering =
    shape.head === 'outline'
      ? (context.outline ?? context.info.numberings[shape.headId - 1])
      : context.info.numberings[shape.headId - 1];
  const text = numbering ? context.counter.next(numbering, shape.level) : '';
  const result: Pick<FlowParagraph, 'head' | 'outline'> = text ? { head: text } : {};
  if (shape.head === 'outline') result.outline = shape.level + 1;
  return result;
}

/** Each paragraph's items, in order, in one list. */
function readParagraphs(
  paragraphs: readonly HwpRecord[],
  place: FlowPlace,
  context: BodyContext,
  into: FlowItem[] = [],
): FlowItem[] {
  for (const paragraph of paragraphs) {
    const items = readParagraph(paragraph, place, context);
    for (const item of items) into.push(item);
  }
  return into;
}

function cellOf(list: HwpRecord, paragraphs: HwpRecord[], place: FlowPlace, context: BodyContext) {
  const cell: FlowCell = {
    col: list.u16(8),
    row: list.u16(10),
    colSpan: Math.max(1, list.u16(12)),
    rowSpan: Math.max(1, list.u16(14)),
    items: readParagraphs(paragraphs, place, context),
  };
  return cell;
}

/** A list header's own paragraphs (its children); more may follow it as siblings. */
function ownParagraphs(list: HwpRecord): HwpRecord[] {
  const paragraphs: HwpRecord[] = [];
  for (const child of list.children) if (child.tag === TAG.PARA_HEADER) paragraphs.push(child);
  return paragraphs;
}

/** `tbl `: caption lists before the TABLE record, then one LIST_HEADER and its paragraphs per cell. */
function readTable(control: HwpRecord, place: FlowPlace, context: BodyContext): FlowItem[] {
  const before: FlowItem[] = [];
  const table: FlowTable = { kind: 'table', rowCount: 0, colCount: 0, cells: [], place };
  let seenTable = false;
  let list: HwpRecord | null = null;
  let paragraphs: HwpRecord[] = [];
  const finishList = () => {
    if (!list) return;
    if (seenTable) table.cells.push(cellOf(list, paragraphs, place, context));
    else readParagraphs(paragraphs, place, context, before);
    list = null;
    paragraphs = [];
  };
  for (const child of control.children) {
    if (child.tag === TAG.TABLE) {
      finishList();
      seenTable = true;
      table.rowCount = child.u16(4);
      table.colCount = child.u16(6);
    } else if (child.tag === TAG.LIST_HEADER) {
      finishList();
      list = child;
      paragraphs = ownParagraphs(child);
    } else if (child.tag === TAG.PARA_HEADER && list) paragraphs.push(child);
  }
  finishList();
  if (seenTable) before.push(table);
  return before;
}

function readControl(control: HwpRecord, place: FlowPlace, context: BodyContext): FlowItem[] {
  switch (controlId(control)) {
    case CTRL.table:
      return readTable(control, place, context);
    case CTRL.drawing:
      return paragraphLists(control.children).flatMap((paragraphs) =>
        paragraphs.flatMap((p) => readParagraph(p, place, context)),
      );
    case CTRL.footnote:
    case CTRL.endnote:
      for (const paragraphs of paragraphLists(control.children))
        context.notes.push(...paragraphs.flatMap((p) => readParagraph(p, place, context)));
      return [];
    default:
      return [];
  }
}

/**
 * One paragraph → its text as a paragraph item, with the tables and text boxes anchored in it
 * where their control characters stand (text before and after a table becomes two items).
 */
export function readParagraph(
  record: HwpRecord,
  place: FlowPlace,
  context: BodyContext,
): FlowItem[] {
  let textRecord: HwpRecord | undefined;
  const controls: HwpRecord[] = [];
  for (const child of record.children) {
    if (child.tag === TAG.PARA_TEXT) textRecord ??= child;
    else if (child.tag === TAG.CTRL_HEADER) controls.push(child);
  }
  const used = new Set<number>();
  const paragraph = paragraphItems(place, head(record, context));
  const { items, flush } = paragraph;
  for (const piece of textRecord ? readParaText(textRecord.data) : []) {
    if (piece.kind === 'text') {
      paragraph.append(piece.text);
      continue;
    }
    const control = controls[piece.ordinal];
    if (!control) continue;
    used.add(piece.ordinal);
    const nested = readControl(control, place, context);
    if (nested.length === 0) continue;
    flush(false);
    for (const item of nested) items.push(item);
  }
  // controls the text did not place (a damaged or unusual paragraph) still count
  controls.forEach((control, ordinal) => {
    if (used.has(ordinal) || controlId(control) === SECTION_DEF) return;
    for (const item of readControl(control, place, context)) items.push(item);
  });
  flush(items.length === 0);
  return items;
}

/** The outline numbering a section's definition (`secd`) names. */
export function sectionOutline(first: HwpRecord | undefined, info: DocInfo): Numbering | undefined {
  const definition = first?.children.find(
    (child) => child.tag === TAG.CTRL_HEADER && controlId(child) === SECTION_DEF,
  );
  if (!definition) return undefined;
  const id = definition.u16(18);
  return info.numberings[id - 1];
}
