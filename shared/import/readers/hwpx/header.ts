import { OWPML_SHAPES, type Numbering, type NumberingLevel } from '../flow/numbering';
import { elements, findAll, isElement, numberAttr, parseXml, type XmlElement } from './xml';

/** `Contents/header.xml`: what each paragraph shape says about its head, numberings, bullets. */
export interface HwpxHeader {
  paraShapes: Map<string, { head: string; idRef: number; level: number }>;
  numberings: Map<number, Numbering>;
  bullets: Map<number, string>;
  /** style id → outline level (1-based) for styles named `개요 n` */
  outlineStyles: Map<string, number>;
}

function numbering(node: XmlElement): Numbering {
  const levels: NumberingLevel[] = [];
  for (const head of elements(node, 'hh:paraHead')) {
    const level = numberAttr(head, 'level', levels.length + 1) - 1;
    if (level < 0 || level > 9) continue;
    levels[level] = {
      format: head.children.filter((each) => !isElement(each)).join(''),
      shape: OWPML_SHAPES[head.attrs.numFormat ?? 'DIGIT'] ?? 0,
      start: numberAttr(head, 'start', 1) || 1,
    };
  }
  for (let i = 0; i < levels.length; i++) levels[i] ??= { format: '', shape: 0, start: 1 };
  return { levels };
}

export function readHeader(xml: string | null): HwpxHeader {
  const header: HwpxHeader = {
    paraShapes: new Map(),
    numberings: new Map(),
    bullets: new Map(),
    outlineStyles: new Map(),
  };
  if (!xml) return header;
  const root = parseXml(xml);
  for (const paraPr of findAll(root, 'hh:paraPr')) {
    const heading = elements(paraPr, 'hh:heading')[0];
    const id = paraPr.attrs.id;
    if (!heading || id === undefined) continue;
    header.paraShapes.set(id, {
      head: heading.attrs.type ?? 'NONE',
      idRef: numberAttr(heading, 'idRef'),
      level: numberAttr(heading, 'level'),
    });
  }
  for (const node of findAll(root, 'hh:numbering'))
    header.numberings.set(numberAttr(node, 'id'), numbering(node));
  for (const node of findAll(root, 'hh:bullet'))
    header.bullets.set(numberAttr(node, 'id'), node.attrs.char ?? '');
  for (const style of findAll(root, 'hh:style')) {
    const match = /^개요\s*(\d{1,2})$/.exec(style.attrs.name ?? '');
    const id = style.attrs.id;
    if (match && id !== undefined) header.outlineStyles.set(id, Number(match[1]));
  }
  return header;
}
