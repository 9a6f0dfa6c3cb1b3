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

  /** little-endian reads straight from the stream, 0 past the record's end (no payload cut) */
  u16(at: number): number {
    const from = this.start + at;
    return from + 2 <= this.end ? this.stream[from]! | (this.stream[from + 1]! << 8) : 0;
  }

  u32(at: number): number {
    const from = this.start + at;
    const s = this.stream;
    return from + 4 <= this.end
      ? (s[from]! | (s[from + 1]! << 8) | (s[from + 2]! << 16) | (s[from + 3]! << 24)) >>> 0
      : 0;
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
 * 0xFFF means the real size follows in the next four bytes. Records whose tag is in `skip` are
 * left out with everything under them: a section has one character-shape record per paragraph,
 * and building objects nobody reads was a fifth of the records' cost on a large file.
 */
export function readRecords(bytes: Uint8Array, skip?: ReadonlySet<number>): HwpRecord[] {
  const roots: HwpRecord[] = [];
  // the open records by depth; null for a skipped one (its children are skipped with it)
  const stack: (HwpRecord | null)[] = [];
  const levels: number[] = [];
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
    while (levels.length > 0 && levels[levels.length - 1]! >= level) {
      levels.pop();
      stack.pop();
    }
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    let record: HwpRecord | null = null;
    if (parent !== null && !skip?.has(tag)) {
      record = new HwpRecord(tag, level, bytes, at, at + size);
      if (parent) parent.adopt(record);
      else roots.push(record);
    }
    at += size;
    stack.push(record);
    levels.push(level);
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
