import type { AuditTable, TableRow } from '../../model/table';

const SUBTOTAL = /소계/;

/**
 * For each row that adds up others, the candidate sets of rows it may be the sum of, best first.
 * With parentIndex: every row that has children (a subtotal is both child and parent).
 * Without: a total row covers all non-total rows (or the subtotals); a 소계 row covers the rows
 * after it up to the next total, or the rows before it back to the previous total.
 */
export function childSets(table: AuditTable): Map<number, number[][]> {
  const sets = new Map<number, number[][]>();
  const rows = table.rows;
  const hierarchical = rows.some((row) => row.parentIndex !== undefined);
  if (hierarchical) {
    rows.forEach((row, index) => {
      const parent = row.parentIndex;
      if (parent === undefined || parent === index || !rows[parent]) return;
      const existing = sets.get(parent)?.[0];
      if (existing) existing.push(index);
      else sets.set(parent, [[index]]);
    });
    return sets;
  }
  const totals = indexesWhere(rows, (row) => row.isTotal);
  const items = indexesWhere(rows, (row) => !row.isTotal);
  const subtotals = totals.filter((index) => SUBTOTAL.test(rows[index]?.label ?? ''));
  const isSubtotal = new Set(subtotals);
  // several 합계 rows in one flat table (a block per year or per group): each totals its own block,
  // the rows above it when the table opens with items, else the rows below it
  const grand = totals.filter((index) => !isSubtotal.has(index));
  const totalsBelow = !rows[0]?.isTotal;
  // only when every 합계 closes a block of items of its own: a 계 right above group totals nests
  const ownBlock = (index: number) =>
    (totalsBelow ? blockBefore(rows, index) : blockAfter(rows, index)).length > 0;
  const blocks = grand.length >= 2 && subtotals.length === 0 && grand.every(ownBlock);
  for (const index of totals) {
    if (blocks) {
      const before = blockBefore(rows, index);
      const after = blockAfter(rows, index);
      sets.set(index, totalsBelow ? [before, after] : [after, before]);
    } else if (isSubtotal.has(index)) {
      sets.set(index, [blockAfter(rows, index), blockBefore(rows, index)]);
    } else if (subtotals.length === 0 && straddles(table, index)) {
      // a 합계 with rows on both sides: those above (a closing total with notes under it), those
      // below (an opening total), or all of them; which one is a guess, proven only by a sum
      sets.set(index, [items, blockBefore(rows, index), blockAfter(rows, index)]);
    } else {
      sets.set(index, subtotals.length > 0 ? [items, subtotals] : [items]);
    }
  }
  return sets;
}

function indexesWhere(rows: TableRow[], test: (row: TableRow) => boolean): number[] {
  return rows.flatMap((row, index) => (test(row) ? [index] : []));
}

function blockAfter(rows: TableRow[], index: number): number[] {
  const block: number[] = [];
  for (let i = index + 1; i < rows.length && !rows[i]?.isTotal; i++) block.push(i);
  return block;
}

function blockBefore(rows: TableRow[], index: number): number[] {
  const block: number[] = [];
  for (let i = index - 1; i >= 0 && !rows[i]?.isTotal; i--) block.push(i);
  return block.reverse();
}

/** A total row of a flat table with item rows both above and below it. */
export function straddles(table: AuditTable, index: number): boolean {
  const rows = table.rows;
  if (rows.some((row) => row.parentIndex !== undefined)) return false;
  const item = (row: TableRow | undefined) => row !== undefined && !row.isTotal;
  return rows.slice(0, index).some(item) && rows.slice(index + 1).some(item);
}
