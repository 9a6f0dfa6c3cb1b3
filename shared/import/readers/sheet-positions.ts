import type { SourcePosition } from '../../model/source';
import type { SheetGrid } from '../sheets/types';

/**
 * Where each line of a workbook's text rendering sits, worked out when asked: a sheet's row r is
 * line `firstLine + r`, the line before a sheet names it. A map of 200,000 entries built up front
 * would cost more than reading the rows.
 */
export class SheetPositions implements ReadonlyMap<number, SourcePosition> {
  constructor(
    private readonly grids: readonly SheetGrid[],
    private readonly named: boolean,
  ) {}

  get(line: number): SourcePosition | undefined {
    for (const grid of this.grids) {
      if (this.named && line === grid.firstLine - 1) return { sheet: grid.name };
      const row = line - grid.firstLine;
      if (row >= 0 && row < grid.rows.length)
        return this.named ? { sheet: grid.name, row } : { row };
    }
    return undefined;
  }

  has(line: number): boolean {
    return this.get(line) !== undefined;
  }

  get size(): number {
    return this.grids.reduce((sum, grid) => sum + grid.rows.length + (this.named ? 1 : 0), 0);
  }

  *keys(): MapIterator<number> {
    for (const grid of this.grids) {
      const from = this.named ? grid.firstLine - 1 : grid.firstLine;
      for (let line = from; line < grid.firstLine + grid.rows.length; line++) yield line;
    }
  }

  *entries(): MapIterator<[number, SourcePosition]> {
    for (const line of this.keys()) yield [line, this.get(line)!];
  }

  *values(): MapIterator<SourcePosition> {
    for (const line of this.keys()) yield this.get(line)!;
  }

  [Symbol.iterator](): MapIterator<[number, SourcePosition]> {
    return this.entries();
  }

  forEach(
    callback: (
      value: SourcePosition,
      key: number,
      map: ReadonlyMap<number, SourcePosition>,
    ) => void,
  ): void {
    for (const [line, position] of this.entries()) callback(position, line, this);
  }
}
