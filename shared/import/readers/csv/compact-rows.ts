import type { SheetCell, SheetLines, SheetRows } from '../../sheets/types';

/** A growable list of 32-bit integers (cell and line offsets), without boxing each one. */
export class IntList {
  private data: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** The values pushed, trimmed to `length`. */
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export interface CompactParts {
  /** the text rendering: rows joined by `\n`, cells by tabs, trailing empty cells dropped */
  text: string;
  /** per cell, where it starts and ends in `text` */
  cellStart: Int32Array;
  cellEnd: Int32Array;
  /** per row, its first cell; one more entry than rows (the end) */
  rowFirst: Int32Array;
  /** per row, where its line starts and ends in `text` */
  lineStart: Int32Array;
  lineEnd: Int32Array;
  /** cells whose value differs from their rendering (a tab or line break inside): by cell index */
  special: ReadonlyMap<number, string>;
}

/**
 * A CSV's rows kept as its text rendering and the offsets of each cell in it: a cell's value is a
 * slice of the rendering (the rendering is the cell, except for the rare cell holding a tab or a
 * line break, kept apart). A 200,000-row file is a few typed arrays, not two million strings the
 * garbage collector has to copy; rows are made when asked for and thrown away after use.
 */
export class CompactRows implements SheetRows {
  readonly length: number;
  readonly lines: SheetLines;

  constructor(private readonly parts: CompactParts) {
    this.length = parts.rowFirst.length - 1;
    this.lines = { at: (index) => this.line(index) };
  }

  get text(): string {
    return this.parts.text;
  }

  at(index: number): SheetCell[] | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const { rowFirst, cellStart, cellEnd, text, special } = this.parts;
    const first = rowFirst[index]!;
    const end = rowFirst[index + 1]!;
    const row = new Array<SheetCell>(end - first);
    for (let cell = first; cell < end; cell++) {
      row[cell - first] =
        special.size > 0 && special.has(cell)
          ? special.get(cell)!
          : text.slice(cellStart[cell]!, cellEnd[cell]!);
    }
    return row;
  }

  /** A row's line of the text rendering. */
  line(index: number): string | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    return this.parts.text.slice(this.parts.lineStart[index]!, this.parts.lineEnd[index]!);
  }
}
