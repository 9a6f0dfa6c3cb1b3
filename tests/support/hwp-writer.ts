/**
 * Writes small HWP 5.0 files for tests, following Hancom's published format: records, a DocInfo
 * with paragraph shapes (outline, bullet), sections of paragraphs with tables (merged and nested
 * cells) and text boxes, and optionally the distribution-document form (ViewText encrypted with
 * AES-128 ECB behind a scrambled DISTRIBUTE_DOC_DATA record). The compound file itself is written
 * by the `cfb` package, so the reader's own compound-file code is checked against another one.
 */
import { createCipheriv } from 'node:crypto';
import * as CFB from 'cfb';
import { deflateSync } from 'fflate';

const TAG = {
  PARA_SHAPE: 0x19,
  NUMBERING: 0x17,
  BULLET: 0x18,
  DISTRIBUTE_DOC_DATA: 0x1c,
  PARA_HEADER: 0x42,
  PARA_TEXT: 0x43,
  CTRL_HEADER: 0x47,
  LIST_HEADER: 0x48,
  SHAPE_COMPONENT: 0x4c,
  TABLE: 0x4d,
};

export type Piece = string | HwpTable | HwpTextBox | { footnote: HwpParagraph[] };

export interface HwpParagraph {
  /** text with tables and text boxes where they are anchored */
  pieces: Piece[];
  /** index into the document's paragraph shapes */
  shape?: number;
}

export interface HwpCell {
  row: number;
  col: number;
  rowSpan?: number;
  colSpan?: number;
  paragraphs: HwpParagraph[];
}

export interface HwpTable {
  table: { rows: number; cols: number; cells: HwpCell[] };
}

export interface HwpTextBox {
  textBox: HwpParagraph[];
}

export interface HwpDocumentSpec {
  sections: HwpParagraph[][];
  /** paragraph shapes: 'none', an outline level (0-based), or a bullet (1-based bullet id) */
  shapes?: ({ outline: number } | { bullet: number } | 'none')[];
  /** outline numbering formats per level (`^1.`, `^2.`) with Hancom number shapes */
  numbering?: { format: string; shape: number }[];
  bullets?: string[];
  distribution?: boolean;
  password?: boolean;
  drm?: boolean;
  compressed?: boolean;
}

class Bytes {
  private readonly parts: number[] = [];
  u8(v: number) {
    this.parts.push(v & 0xff);
    return this;
  }
  u16(v: number) {
    return this.u8(v).u8(v >>> 8);
  }
  u32(v: number) {
    return this.u16(v & 0xffff).u16(v >>> 16);
  }
  utf16(text: string) {
    for (let i = 0; i < text.length; i++) this.u16(text.charCodeAt(i));
    return this;
  }
  zeros(n: number) {
    for (let i = 0; i < n; i++) this.u8(0);
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

function record(tag: number, level: number, data: Uint8Array): Uint8Array {
  const head = new Bytes();
  if (data.length < 0xfff) head.u32(tag | (level << 10) | (data.length << 20));
  else head.u32(tag | (level << 10) | (0xfff << 20)).u32(data.length);
  const out = new Uint8Array(head.done().length + data.length);
  out.set(head.done());
  out.set(data, out.length - data.length);
  return out;
}

function ctrlId(name: string): number {
  return [...name].reduce((value, char) => ((value << 8) | char.charCodeAt(0)) >>> 0, 0);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** An extended control character: its code, the control id, padding, the code again. */
function controlChars(code: number, id: string): Bytes {
  return new Bytes().u16(code).u32(ctrlId(id)).zeros(8).u16(code);
}

function paragraph(p: HwpParagraph, level: number, definition?: Uint8Array): Uint8Array[] {
  const text = new Bytes();
  const controls: Uint8Array[][] = [];
  let units = 0;
  if (definition) {
    controlChars(2, 'secd')
      .done()
      .forEach((b) => text.u8(b));
    controls.push([record(TAG.CTRL_HEADER, level + 1, definition)]);
    units += 8;
  }
  for (const piece of p.pieces) {
    if (typeof piece === 'string') {
      for (const char of piece) {
        if (char === '\t') text.u16(9).zeros(12).u16(9);
        else if (char === '\n') text.u16(10);
        else text.utf16(char);
        units += char === '\t' ? 8 : char.length;
      }
      continue;
    }
    if ('table' in piece) {
      text.u16(11).u32(ctrlId('tbl ')).zeros(8).u16(11);
      controls.push(table(piece, level + 1));
    } else if ('textBox' in piece) {
      text.u16(11).u32(ctrlId('gso ')).zeros(8).u16(11);
      controls.push(textBox(piece, level + 1));
    } else {
      const chars = controlChars(17, 'fn  ').done();
      chars.forEach((b) => text.u8(b));
      const list = new Bytes().u16(piece.footnote.length).u16(0).u32(0).done();
      controls.push([
        record(TAG.CTRL_HEADER, level + 1, new Bytes().u32(ctrlId('fn  ')).zeros(8).done()),
        record(TAG.LIST_HEADER, level + 2, list),
        ...piece.footnote.flatMap((each) => paragraph(each, level + 2)),
      ]);
    }
    units += 8;
  }
  text.u16(13);
  units += 1;
  const header = new Bytes()
    .u32(units)
    .u32(0)
    .u16(p.shape ?? 0)
    .u8(0)
    .u8(0)
    .u16(1)
    .u16(0)
    .u16(1)
    .u32(0)
    .done();
  return [
    record(TAG.PARA_HEADER, level, header),
    record(TAG.PARA_TEXT, level + 1, text.done()),
    ...controls.flat(),
  ];
}

function table(spec: HwpTable, level: number): Uint8Array[] {
  const { rows, cols, cells } = spec.table;
  const head = record(TAG.CTRL_HEADER, level, new Bytes().u32(ctrlId('tbl ')).zeros(40).done());
  const info = new Bytes().u32(0).u16(rows).u16(cols).u16(0).zeros(8);
  for (let r = 0; r < rows; r++) info.u16(cells.filter((cell) => cell.row === r).length);
  info.u16(1).u16(0);
  const out = [head, record(TAG.TABLE, level + 1, info.done())];
  for (const cell of cells) {
    const list = new Bytes()
      .u16(cell.paragraphs.length)
      .u16(0)
      .u32(0)
      .u16(cell.col)
      .u16(cell.row)
      .u16(cell.colSpan ?? 1)
      .u16(cell.rowSpan ?? 1)
      .u32(1000)
      .u32(1000)
      .zeros(8)
      .u16(1)
      .done();
    out.push(record(TAG.LIST_HEADER, level + 1, list));
    for (const p of cell.paragraphs) out.push(...paragraph(p, level + 1));
  }
  return out;
}

function textBox(spec: HwpTextBox, level: number): Uint8Array[] {
  const list = new Bytes().u16(spec.textBox.length).u16(0).u32(0).zeros(8).done();
  return [
    record(TAG.CTRL_HEADER, level, new Bytes().u32(ctrlId('gso ')).zeros(40).done()),
    record(TAG.SHAPE_COMPONENT, level + 1, new Bytes().u32(ctrlId('$rec')).zeros(40).done()),
    record(TAG.LIST_HEADER, level + 2, list),
    ...spec.textBox.flatMap((p) => paragraph(p, level + 2)),
  ];
}

function docInfo(spec: HwpDocumentSpec): Uint8Array {
  const records: Uint8Array[] = [];
  if (spec.numbering) {
    const numbering = new Bytes();
    for (let level = 0; level < 7; level++) {
      const each = spec.numbering[level] ?? { format: '', shape: 0 };
      numbering
        .u32(each.shape << 5)
        .u16(0)
        .u16(0)
        .u32(0)
        .u16(each.format.length)
        .utf16(each.format);
    }
    numbering.u16(1);
    records.push(record(TAG.NUMBERING, 1, numbering.done()));
  }
  for (const bullet of spec.bullets ?? [])
    records.push(
      record(TAG.BULLET, 1, new Bytes().zeros(12).u16(bullet.charCodeAt(0)).zeros(6).done()),
    );
  for (const shape of spec.shapes ?? ['none']) {
    let flags = 0;
    let headId = 0;
    if (shape !== 'none' && 'outline' in shape) flags = (1 << 23) | (shape.outline << 25);
    if (shape !== 'none' && 'bullet' in shape) {
      flags = 3 << 23;
      headId = shape.bullet;
    }
    records.push(
      record(TAG.PARA_SHAPE, 1, new Bytes().u32(flags).zeros(26).u16(headId).zeros(22).done()),
    );
  }
  return concat(records);
}

/** The section definition a section's first paragraph carries: it names the outline numbering. */
function sectionDefinition(numbering: number): Uint8Array {
  return new Bytes().u32(ctrlId('secd')).zeros(14).u16(numbering).zeros(10).done();
}

function msvcRand(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 214013) + 2531011) >>> 0;
    return (state >>> 16) & 0x7fff;
  };
}

/** A DISTRIBUTE_DOC_DATA payload whose unscrambled bytes hold `key` where readers look for it. */
function distributionHead(key: Uint8Array, seed: number): Uint8Array {
  const plain = new Uint8Array(256).map((_, i) => (i * 37 + 11) & 0xff);
  plain.set([seed & 0xff, (seed >>> 8) & 0xff, (seed >>> 16) & 0xff, seed >>> 24]);
  plain.set(key, 4 + (seed & 0xf));
  const rand = msvcRand(seed);
  let mask = 0;
  let run = 0;
  for (let i = 0; i < 256; i++) {
    if (run === 0) {
      mask = rand() & 0xff;
      run = (rand() & 0xf) + 1;
    }
    if (i >= 4) plain[i]! ^= mask;
    run--;
  }
  return plain;
}

function encryptEcb(key: Uint8Array, data: Uint8Array): Uint8Array {
  const padded = new Uint8Array(Math.ceil(data.length / 16) * 16);
  padded.set(data);
  const cipher = createCipheriv('aes-128-ecb', key, null);
  cipher.setAutoPadding(false);
  return new Uint8Array(Buffer.concat([cipher.update(padded), cipher.final()]));
}

export function writeHwp(spec: HwpDocumentSpec): Uint8Array {
  const compressed = spec.compressed ?? true;
  const pack = (data: Uint8Array) => (compressed ? deflateSync(data) : data);
  const flags =
    (compressed ? 1 : 0) |
    (spec.password ? 2 : 0) |
    (spec.distribution ? 4 : 0) |
    (spec.drm ? 0x10 : 0);
  const header = new Uint8Array(256);
  header.set(new TextEncoder().encode('HWP Document File'));
  new DataView(header.buffer).setUint32(32, 0x05000300, true);
  new DataView(header.buffer).setUint32(36, flags, true);
  const file = CFB.utils.cfb_new();
  CFB.utils.cfb_add(file, '/FileHeader', header);
  CFB.utils.cfb_add(file, '/DocInfo', pack(docInfo(spec)));
  spec.sections.forEach((section, index) => {
    const definition = sectionDefinition(spec.numbering ? 1 : 0);
    const body = concat(
      section.flatMap((p, at) => paragraph(p, 0, at === 0 ? definition : undefined)),
    );
    if (!spec.distribution) {
      CFB.utils.cfb_add(file, `/BodyText/Section${index}`, pack(body));
      return;
    }
    // the body a distribution document shows everyone: a stub sentence
    const stub = concat(paragraph({ pieces: ['배포용 문서입니다'] }, 0));
    CFB.utils.cfb_add(file, `/BodyText/Section${index}`, pack(stub));
    const key = Uint8Array.from({ length: 16 }, (_, i) => (i * 29 + index + 7) & 0xff);
    const seed = 0x1234567 + index * 977;
    const head = record(TAG.DISTRIBUTE_DOC_DATA, 0, distributionHead(key, seed));
    CFB.utils.cfb_add(
      file,
      `/ViewText/Section${index}`,
      concat([head, encryptEcb(key, pack(body))]),
    );
  });
  const written = CFB.write(file, { type: 'array' }) as number[] | Uint8Array;
  return written instanceof Uint8Array ? written : Uint8Array.from(written);
}
