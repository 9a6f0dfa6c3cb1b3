import { TAG } from './tags';

/** One HWP record: a tag, its depth in the tree, and its payload. */
export interface HwpRecord {
  tag: number;
  level: number;
  data: Uint8Array;
  children: HwpRecord[];
}

export class RecordFormatError extends Error {}

/**
 * A stream of records → the tree their levels describe (a record's children are the records
 * after it one level deeper). Each header packs tag (10 bits), level (10) and size (12); size
 * 0xFFF means the real size follows in the next four bytes.
 */
export function readRecords(bytes: Uint8Array): HwpRecord[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const roots: HwpRecord[] = [];
  const stack: HwpRecord[] = [];
  let at = 0;
  while (at + 4 <= bytes.length) {
    const header = view.getUint32(at, true);
    at += 4;
    const tag = header & 0x3ff;
    const level = (header >>> 10) & 0x3ff;
    let size = header >>> 20;
    if (size === 0xfff) {
      if (at + 4 > bytes.length) throw new RecordFormatError('truncated record size');
      size = view.getUint32(at, true);
      at += 4;
    }
    if (at + size > bytes.length) throw new RecordFormatError('record runs past the stream');
    const record: HwpRecord = { tag, level, data: bytes.subarray(at, at + size), children: [] };
    at += size;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(record);
    else roots.push(record);
    stack.push(record);
  }
  return roots;
}

/** Little-endian reads that give 0 past the end of a short (older-version) record. */
export class Fields {
  private readonly view: DataView;
  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  u8(at: number): number {
    return at < this.data.length ? this.data[at]! : 0;
  }
  u16(at: number): number {
    return at + 2 <= this.data.length ? this.view.getUint16(at, true) : 0;
  }
  u32(at: number): number {
    return at + 4 <= this.data.length ? this.view.getUint32(at, true) : 0;
  }
  i32(at: number): number {
    return at + 4 <= this.data.length ? this.view.getInt32(at, true) : 0;
  }
}

export function isTag(record: HwpRecord, tag: number): boolean {
  return record.tag === tag;
}

export { TAG };
