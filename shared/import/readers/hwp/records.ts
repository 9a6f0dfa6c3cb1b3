import { TAG } from './tags';

const NO_CHILDREN: HwpRecord[] = [];

/**
 * One HWP record: a tag, its depth in the tree, and its payload. The payload is cut from the
 * stream only when asked for: most records (character shapes, line layouts) are never read.
 */
export class HwpRecord {
  children: HwpRecord[] = NO_CHILDREN;
  private payload: Uint8Array | undefined = undefined;
  constructor(
    readonly tag: number,
    readonly level: number,
    private readonly stream: Uint8Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** cut once and kept: a paragraph's header is read several times (shape, controls) */
  get data(): Uint8Array {
    this.payload ??= this.stream.subarray(this.start, this.end);
    return this.payload;
  }

  adopt(child: HwpRecord): void {
    if (this.children === NO_CHILDREN) this.children = [];
    this.children.push(child);
  }
}

export class RecordFormatError extends Error {}

/**
 * A stream of records → the tree their levels describe (a record's children are the records
 * after it one level deeper). Each header packs tag (10 bits), level (10) and size (12); size
 * 0xFFF means the real size follows in the next four bytes.
 */
export function readRecords(bytes: Uint8Array): HwpRecord[] {
  const roots: HwpRecord[] = [];
  const stack: HwpRecord[] = [];
  const u32 = (at: number) =>
    (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
  let at = 0;
  while (at + 4 <= bytes.length) {
    const header = u32(at);
    at += 4;
    const tag = header & 0x3ff;
    const level = (header >>> 10) & 0x3ff;
    let size = header >>> 20;
    if (size === 0xfff) {
      if (at + 4 > bytes.length) throw new RecordFormatError('truncated record size');
      size = u32(at);
      at += 4;
    }
    if (at + size > bytes.length) throw new RecordFormatError('record runs past the stream');
    const record = new HwpRecord(tag, level, bytes, at, at + size);
    at += size;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.adopt(record);
    else roots.push(record);
    stack.push(record);
  }
  return roots;
}

/** Little-endian reads that give 0 past the end of a short (older-version) record. */
export class Fields {
  constructor(readonly data: Uint8Array) {}
  u8(at: number): number {
    return at < this.data.length ? this.data[at]! : 0;
  }
  u16(at: number): number {
    const d = this.data;
    return at + 2 <= d.length ? d[at]! | (d[at + 1]! << 8) : 0;
  }
  u32(at: number): number {
    const d = this.data;
    return at + 4 <= d.length
      ? (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16) | (d[at + 3]! << 24)) >>> 0
      : 0;
  }
}

export function isTag(record: HwpRecord, tag: number): boolean {
  return record.tag === tag;
}

export { TAG };
