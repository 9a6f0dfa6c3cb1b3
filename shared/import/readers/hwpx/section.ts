import type { FlowCell, FlowItem, FlowParagraph, FlowPlace, FlowTable } from '../flow/model';
import type { NumberingCounter, Numbering } from '../flow/numbering';
import type { HwpxHeader } from './header';
import { paragraphItems } from '../flow/paragraph-items';
import {
  child,
  elements,
  findAll,
  isElement,
  numberAttr,
  type XmlElement,
  type XmlNode,
} from './xml';

export interface SectionContext {
  header: HwpxHeader;
  counter: NumberingCounter;
  outline?: Numbering;
  notes: FlowItem[];
}

/** Drawing objects whose text boxes (`hp:drawText`) hold paragraphs. */
const DRAWINGS = new Set([
  'hp:rect',
  'hp:ellipse',
  'hp:arc',
  'hp:polygon',
  'hp:curve',
  'hp:connectLine',
  'hp:container',
  'hp:textart',
]);

/** Characters `hp:t` spells as elements. */
const INLINE: Record<string, string> = {
  'hp:tab': '\t',
  'hp:lineBreak': '\n',
  'hp:nbSpace': ' ',
  'hp:fwSpace': ' ',
  'hp:hyphen': '-',
};

function runText(node: XmlElement): string {
  let text = '';
  for (const part of node.children) {
    if (!isElement(part)) text += part;
    else text += INLINE[part.name] ?? runText(part);
  }
  return text;
}

function head(p: XmlElement, context: SectionContext): Pick<FlowParagraph, 'head' | 'outline'> {
  const shape = context.header.paraShapes.get(p.attrs.paraPrIDRef ?? '');
  const styleOutline = context.header.outlineStyles.get(p.attrs.styleIDRef ?? '');
  if (!shape || shape.head === 'NONE') return styleOutline ? { outline: styleOutline } : {};
  if (shape.head === 'BULLET') {
    const bullet = context.header.bullets.get(shape.idRef);
    return bullet ? { head: bullet } : {};
  }
  const numbering =
    shape.head === 'OUTLINE'
      ? (context.outline ?? context.header.numberings.get(shape.idRef))
      : context.header.numberings.get(shape.idRef);
  const text = numbering ? context.counter.next(numbering, shape.level) : '';
  const result: Pick<FlowParagraph, 'head' | 'outline'> = text ? { head: text } : {};
  if (shape.head === 'OUTLINE') result.outline = shape.level + 1;
  return result;
}

function subListItems(list: XmlElement, place: FlowPlace, context: SectionContext): FlowItem[] {
  return elements(list, 'hp:p').flatMap((p) => readParagraph(p, place, context));
}

function readTable(tbl: XmlElement, place: FlowPlace, context: SectionContext): FlowItem[] {
  const before: FlowItem[] = [];
  const table: FlowTable = {
    kind: 'table',
    rowCount: numberAttr(tbl, 'rowCnt'),
    colCount: numberAttr(tbl, 'colCnt'),
    cells: [],
    place,
  };
  for (const node of elements(tbl)) {
    if (node.name === 'hp:caption')
      for (const list of findAll(node.children, 'hp:subList'))
        before.push(...subListItems(list, place, context));
    if (node.name !== 'hp:tr') continue;
    for (const tc of elements(node, 'hp:tc')) {
      const address = child(tc, 'hp:cellAddr');
      const span = child(tc, 'hp:cellSpan');
      const list = child(tc, 'hp:subList');
      const cell: FlowCell = {
        col: address ? numberAttr(address, 'colAddr') : 0,
        row: address ? numberAttr(address, 'rowAddr') : 0,
        colSpan: Math.max(1, span ? numberAttr(span, 'colSpan', 1) : 1),
        rowSpan: Math.max(1, span ? numberAttr(span, 'rowSpan', 1) : 1),
        items: list ? subListItems(list, place, context) : [],
      };
      table.cells.push(cell);
    }
  }
  return [...before, table];
}

function readObject(node: XmlElement, place: FlowPlace, context: SectionContext): FlowItem[] {
  const tag = node.name;
  if (tag === 'hp:tbl') return readTable(node, place, context);
  if (DRAWINGS.has(tag))
    return findAll(node.children, 'hp:subList').flatMap((list) =>
      subListItems(list, place, context),
    );
  if (tag === 'hp:switch') {
    const chosen = child(node, 'hp:case') ?? child(node, 'hp:default');
    return chosen ? elements(chosen).flatMap((each) => readObject(each, place, context)) : [];
  }
  if (tag === 'hp:ctrl') {
    for (const note of elements(node).filter((each) =>
      ['hp:footNote', 'hp:endNote'].includes(each.name),
    ))
      for (const list of findAll(note.children, 'hp:subList'))
        context.notes.push(...subListItems(list, place, context));
  }
  return [];
}

/** `hp:p` → its text, and the tables and text boxes its runs hold, in order. */
export function readParagraph(
  p: XmlElement,
  place: FlowPlace,
  context: SectionContext,
): FlowItem[] {
  const paragraph = paragraphItems(place, head(p, context));
  const { items, flush } = paragraph;
  for (const run of elements(p, 'hp:run')) {
    for (const node of elements(run)) {
      const tag = node.name;
      if (tag === 'hp:t') {
        paragraph.append(runText(node));
        continue;
      }
      if (tag === 'hp:secPr') {
        const outline = context.header.numberings.get(numberAttr(node, 'outlineShapeIDRef'));
        if (outline) context.outline = outline;
        continue;
      }
      const nested = readObject(node, place, context);
      if (nested.length === 0) continue;
      flush(false);
      items.push(...nested);
    }
  }
  flush(items.length === 0);
  return items;
}

/** `hs:sec` → its top-level paragraphs (numbered in the section's own list). */
export function sectionParagraphs(root: readonly XmlNode[]): XmlElement[] {
  const sec = findAll(root, 'hs:sec')[0];
  return sec ? elements(sec, 'hp:p') : [];
}
