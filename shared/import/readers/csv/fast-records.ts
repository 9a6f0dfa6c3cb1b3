/**
 * A fast path for well-formed delimited text: the same records papaparse's parser gives (quoted
 * cells, doubled quotes, line breaks inside quotes, a quote inside an unquoted cell kept as it is),
 * read in one pass over the characters that writes the text rendering (cells joined by tabs, rows
 * by `\n`) and each cell's place in it (`compact-rows.ts`), so no cell becomes a string of its own
 * until someone reads it. Anything papaparse treats leniently (an unclosed quote, text or spaces
 * after a closing quote) makes it give up (`false`), and the caller parses the whole text with
 * papaparse instead, so the rows never differ.
 */
import { CompactRows, IntList } from './compact-rows';

const QUOTE = 34;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;

const isBreak = (code: number) => code === TAB || code === LF || code === CR;

export class FastRecordParser {
  /** where the next record starts in the source text */
  at = 0;
  private readonly out: Uint16Array;
  private o = 0;
  private readonly cellStart: IntList;
  private readonly cellEnd: IntList;
  private readonly rowFirst: IntList;
  private readonly lineStart: IntList;
  private readonly lineEnd: IntList;
  private readonly special = new Map<number, string>();
  private readonly delimiter: number;
  private readonly newline0: number;
  private readonly newline1: number;
  private readonly newlineLength: number;

  constructor(
    private readonly source: string,
    delimiter: string,
    newline: string,
  ) {
    this.out = new Uint16Array(source.length + 1);
    const estimate = (source.length >> 3) + 16;
    this.cellStart = new IntList(estimate);
    this.cellEnd = new IntList(estimate);
    this.rowFirst = new IntList(estimate >> 3);
    this.lineStart = new IntList(estimate >> 3);
    this.lineEnd = new IntList(estimate >> 3);
    this.delimiter = delimiter.charCodeAt(0);
    this.newline0 = newline.charCodeAt(0);
    this.newline1 = newline.length > 1 ? newline.charCodeAt(1) : -1;
    this.newlineLength = newline.length;
  }

  /** records read so far */
  get rows(): number {
    return this.rowFirst.length;
  }

  /** Reads records until one ends at or past `until` (or the text ends); false: papaparse must. */
  step(until: number): boolean {
    const length = this.source.length;
    while (this.at < until && this.at < length) {
      const next = this.record(this.at);
      if (next < 0) return false;
      this.at = next;
    }
    return true;
  }

  private isNewline(at: number): boolean {
    const source = this.source;
    return (
      source.charCodeAt(at) === this.newline0 &&
      (this.newline1 < 0 || source.charCodeAt(at + 1) === this.newline1)
    );
  }

  /** One record from `at`; where the next starts, or -1 to give up. */
  private record(from: number): number {
    const { source, out, delimiter } = this;
    const length = source.length;
    if (this.rowFirst.length > 0) out[this.o++] = LF;
    const rowStart = this.o;
    const firstCell = this.cellStart.length;
    this.rowFirst.push(firstCell);
    this.lineStart.push(rowStart);
    let at = from;
    let next = -1;
    for (;;) {
      if (this.cellStart.length > firstCell) out[this.o++] = TAB;
      const start = this.o;
      let broken = false;
      let lastBreak = false;
      if (source.charCodeAt(at) === QUOTE) {
        let i = at + 1;
        let doubled = false;
        for (;;) {
          if (i >= length) return -1;
          const code = source.charCodeAt(i);
          if (code === QUOTE) {
            if (source.charCodeAt(i + 1) !== QUOTE) break;
            doubled = true;
            out[this.o++] = QUOTE;
            lastBreak = false;
            i += 2;
            continue;
          }
          if (isBreak(code)) {
            broken = true;
            if (!lastBreak) out[this.o++] = SPACE;
            lastBreak = true;
          } else {
            out[this.o++] = code;
            lastBreak = false;
          }
          i++;
        }
        if (broken) {
          const inside = source.slice(at + 1, i);
          this.special.set(this.cellStart.length, doubled ? inside.replaceAll('""', '"') : inside);
        }
        this.endCell(start);
        const after = i + 1;
        if (after >= length) {
          next = length;
          break;
        }
        if (source.charCodeAt(after) === delimiter) {
          at = after + 1;
          continue;
        }
        if (this.isNewline(after)) {
          next = after + this.newlineLength;
          break;
        }
        return -1;
      }
      let i = at;
      let ended = false;
      for (;;) {
        if (i >= length) {
          next = length;
          ended = true;
          break;
        }
        const code = source.charCodeAt(i);
        if (code === delimiter) break;
        if (code === this.newline0 && this.isNewline(i)) {
          next = i + this.newlineLength;
          ended = true;
          break;
        }
        if (isBreak(code)) {
          broken = true;
          if (!lastBreak) out[this.o++] = SPACE;
          lastBreak = true;
        } else {
          out[this.o++] = code;
          lastBreak = false;
        }
        i++;
      }
      if (broken) this.special.set(this.cellStart.length, source.slice(at, i));
      this.endCell(start);
      if (ended) break;
      at = i + 1;
    }
    this.endRow(firstCell, rowStart);
    return next;
  }

  private endCell(start: number): void {
    this.cellStart.push(start);
    this.cellEnd.push(this.o);
  }

  /** Trailing empty cells leave no tabs at the line's end (as the rendering of any row). */
  private endRow(firstCell: number, rowStart: number): void {
    while (this.o > rowStart && this.out[this.o - 1] === TAB) this.o--;
    for (let cell = this.cellStart.length - 1; cell >= firstCell; cell--) {
      if (this.cellStart.get(cell) < this.o) break;
      this.cellStart.set(cell, this.o);
      this.cellEnd.set(cell, this.o);
    }
    this.lineEnd.push(this.o);
  }

  private blankRow(row: number, text: string): boolean {
    const first = this.rowFirst.get(row);
    const end = row + 1 < this.rowFirst.length ? this.rowFirst.get(row + 1) : this.cellStart.length;
    for (let cell = first; cell < end; cell++) {
      const value =
        this.special.get(cell) ?? text.slice(this.cellStart.get(cell), this.cellEnd.get(cell));
      if (value.trim() !== '') return false;
    }
    return true;
  }

  /** The rows read, without trailing blank rows (a spreadsheet shows none). */
  finish(): CompactRows {
    const all = new TextDecoder('utf-16le').decode(this.out.subarray(0, this.o));
    let rows = this.rowFirst.length;
    while (rows > 0 && this.blankRow(rows - 1, all)) rows--;
    const cells = rows < this.rowFirst.length ? this.rowFirst.get(rows) : this.cellStart.length;
    const end = rows > 0 ? this.lineEnd.get(rows - 1) : 0;
    this.rowFirst.length = rows;
    this.rowFirst.push(cells);
    this.lineStart.length = rows;
    this.lineEnd.length = rows;
    this.cellStart.length = cells;
    this.cellEnd.length = cells;
    return new CompactRows({
      text: end === all.length ? all : all.slice(0, end),
      cellStart: this.cellStart.done(),
      cellEnd: this.cellEnd.done(),
      rowFirst: this.rowFirst.done(),
      lineStart: this.lineStart.done(),
      lineEnd: this.lineEnd.done(),
      special: this.special,
    });
  }
}
