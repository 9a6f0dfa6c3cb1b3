import type { Numbering, NumberingLevel } from '../flow/numbering';
import type { HwpFileHeader } from './file-header';
import { versionAtLeast } from './file-header';
import { Fields, type HwpRecord, readRecords, TAG } from './records';

/** What a paragraph shape says about the paragraph's head: an outline level, a number, a bullet. */
export interface ParaShape {
  head: 'none' | 'outline' | 'number' | 'bullet';
  /** 0-based level (개요 1 = 0) */
  level: number;
  /** 1-based id of the numbering or bullet (0 = none) */
  headId: number;
}

export interface HwpStyle {
  name: string;
  paraShapeId: number;
}

export interface DocInfo {
  paraShapes: ParaShape[];
  numberings: Numbering[];
  /** each bullet's character, as stored (private-use characters included) */
  bullets: string[];
  styles: HwpStyle[];
}

const HEADS = ['none', 'outline', 'number', 'bullet'] as const;

function paraShape(fields: Fields): ParaShape {
  const flags = fields.u32(0);
  return {
    head: HEADS[(flags >>> 23) & 0x3]!,
    level: (flags >>> 25) & 0x7,
    headId: fields.u16(30),
  };
}

function utf16(data: Uint8Array, at: number, units: number): string {
  let text = '';
  for (let i = 0; i < units && at + 2 * i + 1 < data.length; i++)
    text += String.fromCharCode(data[at + 2 * i]! | (data[at + 2 * i + 1]! << 8));
  return text;
}

/** Seven (or ten) levels of: head info (12 bytes), format string; then start numbers. */
function numbering(fields: Fields, header: HwpFileHeader): Numbering {
  const levels: NumberingLevel[] = [];
  let at = 0;
  const readLevel = () => {
    const shape = (fields.u32(at) >>> 5) & 0x1f;
    const length = fields.u16(at + 12);
    const format = utf16(fields.data, at + 14, length);
    at += 14 + 2 * length;
    levels.push({ format, shape, start: 1 });
  };
  for (let level = 0; level < 7; level++) readLevel();
  const start = fields.u16(at) || 1;
  at += 2;
  for (const level of levels) level.start = start;
  if (at < fields.data.length && versionAtLeast(header, 5, 0, 2, 5)) {
    for (const level of levels) {
      level.start = fields.u32(at) || 1;
      at += 4;
    }
  }
  return { levels };
}

function style(fields: Fields): HwpStyle {
  const nameLength = fields.u16(0);
  const name = utf16(fields.data, 2, nameLength);
  let at = 2 + 2 * nameLength;
  at += 2 + 2 * fields.u16(at);
  return { name, paraShapeId: fields.u16(at + 4) };
}

/** DocInfo's records nest under ID_MAPPINGS; its lists are read in file order at any depth. */
function allRecords(roots: readonly HwpRecord[]): HwpRecord[] {
  const out: HwpRecord[] = [];
  const visit = (record: HwpRecord) => {
    out.push(record);
    record.children.forEach(visit);
  };
  roots.forEach(visit);
  return out;
}

export function readDocInfo(bytes: Uint8Array, header: HwpFileHeader): DocInfo {
  const info: DocInfo = { paraShapes: [], numberings: [], bullets: [], styles: [] };
  for (const record of allRecords(readRecords(bytes))) {
    const fields = new Fields(record.data);
    switch (record.tag) {
      case TAG.PARA_SHAPE:
        info.paraShapes.push(paraShape(fields));
        break;
      case TAG.NUMBERING:
        info.numberings.push(numbering(fields, header));
        break;
      case TAG.BULLET:
        info.bullets.push(String.fromCharCode(fields.u16(12)));
        break;
      case TAG.STYLE:
        info.styles.push(style(fields));
        break;
    }
  }
  return info;
}
