/**
 * A row of counts and rows of the same columns' shares under it (`통행량 | 5,571 | 1,364 | …` then
 * `분담률(%) 2023년 | 100 | 24.6 | …`): the share columns carry no rate header of their own, the
 * row says it holds shares and its 계 reads 100. Each share is checked against part ÷ 계 of the
 * count row of the same year (the row's own year, else the year the table is stated for).
 *
 * Certain only where the figures allow no other reading: the count row's parts add up to its 계,
 * and a share is an error only when no rounding of the printed counts (each ±½) can give it. A
 * share that truncation would give is an error only when the same row shows it rounds (another
 * share that only rounding explains); otherwise it is `rate-truncated` (info).
 */
import type { Finding } from '../../model/report';
import type { AuditTable, CellValue, TableRow } from '../../model/table';
import { formatPercent } from '../../money/format';
import { makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';
import { rateArithmetic, tableCell } from '../evidence';
import { describeRate } from '../rate-check';
import { columnName, rowLineKey, rowName } from '../table-view';

const SHARE_WORD = /%|％|비율|분담률|비중|구성비|점유율/;
const TOTAL_LABEL = /^(?:계|합계|총계)$/;
const LABEL_ROLES = new Set(['label', 'text']);
/** accept, never report, what floating point cannot tell from the boundary */
const EPSILON = 1e-9;

interface Printed {
  value: number;
  decimals: number;
}

/** The figure as printed (the table's unit may be a guess; shares and their parts need none). */
function printed(cell: CellValue | undefined): Printed | null {
  if (cell?.kind !== 'number') return null;
  const text = cell.text.replace(/[,\s]/g, '');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  return { value: Number(text), decimals: match[2]?.length ?? 0 };
}

function textOf(row: TableRow): string {
  const cells = row.cells.flatMap((cell) => (cell.kind === 'text' ? [cell.text] : []));
  return [row.label, ...cells].join(' ');
}

/** `분담률 (%) 2023년`: the row's label with the year or kind its other label cells add */
function fullName(row: TableRow): string {
  const label = rowName(row);
  const more = row.cells.flatMap((cell) =>
    cell.kind === 'text' && cell.text.trim() !== '' && !label.includes(cell.text.trim())
      ? [cell.text.trim()]
      : [],
  );
  return [label, ...more].join(' ');
}

/** `2023년`, `’23년`, `(기준: ’23. 12.)` → 2023 */
function yearIn(text: string): number | undefined {
  const full = /(?:^|\D)((?:19|20)\d{2})(?:\s*년|\s*\.|\s*$|\s)/.exec(text);
  if (full) return Number(full[1]);
  const short = /[’'‘`](\d{2})(?:\s*년|\s*\.)/.exec(text);
  return short ? 2000 + Number(short[1]) : undefined;
}

function totalColumnOf(table: AuditTable): number {
  const byRole = table.columns.findIndex((column) => column.role === 'total');
  if (byRole >= 0) return byRole;
  return table.columns.findIndex(
    (column) => !LABEL_ROLES.has(column.role) && TOTAL_LABEL.test(column.label.replace(/\s/g, '')),
  );
}

interface CountRow {
  row: TableRow;
  total: number;
  parts: number[];
  year: number | undefined;
}

/** Rounding (and truncation) ranges of a printed share, and whether the true share can reach them. */
function verdict(share: Printed, part: number, rest: number, slack: number) {
  const low = (100 * (part - 0.5)) / (part - 0.5 + rest + slack);
  const high = (100 * (part + 0.5)) / (part + 0.5 + Math.max(rest - slack, 0));
  const step = 10 ** -share.decimals;
  const meets = (from: number, to: number) => high >= from - EPSILON && low <= to + EPSILON;
  return {
    rounds: meets(share.value - step / 2, share.value + step / 2),
    truncates: meets(share.value, share.value + step),
  };
}

function shareFindings(table: AuditTable, count: CountRow, shareRow: TableRow, columns: number[]) {
  const shares = columns.map((column) => printed(shareRow.cells[column]));
  if (shares.some((share) => share === null)) return [];
  const sum = count.parts.reduce((total, part) => total + part, 0);
  const slack = (count.parts.length - 1) / 2;
  const verdicts = columns.map((_, at) =>
    verdict(shares[at]!, count.parts[at]!, sum - count.parts[at]!, slack),
  );
  // a share that only rounding gives shows the row rounds: then a truncated share is wrong too
  const rowRounds = verdicts.some((found) => found.rounds && !found.truncates);
  const findings: Finding[] = [];
  columns.forEach((column, at) => {
    const found = verdicts[at]!;
    if (found.rounds || (found.truncates && !rowRounds)) return;
    const share = shares[at]!;
    const part = count.parts[at]!;
    const computed = (100 * part) / count.total;
    const name = columnName(table, column);
    const how = `${name} ${part.toLocaleString('en-US')} ÷ 계 ${count.total.toLocaleString('en-US')}`;
    const exact = describeRate(computed, share.decimals);
    const shown = formatPercent(share.value, share.decimals);
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'rate-mismatch',
        ko: `${quoted(fullName(shareRow))} 행의 ${name} ${withParticle(shown, '이/가')} ${quoted(fullName(count.row))} 행의 ${how} = ${exact}와 다릅니다`,
        en: `Row ${quoted(fullName(shareRow))}, ${name}: printed ${shown}, but row ${quoted(fullName(count.row))} gives ${how} = ${exact}.`,
        stated: share.value,
        computed: Math.round(computed * 10 ** (share.decimals + 2)) / 10 ** (share.decimals + 2),
        source: shareRow.source,
        ...rowLineKey(shareRow),
        cells: [
          tableCell(table, shareRow, column, share.value),
          tableCell(table, count.row, column, part),
          tableCell(table, count.row, totalColumnOf(table), count.total),
        ],
        arithmetic: rateArithmetic(how, exact, { name, value: share.value }, shown),
      }),
    );
  });
  return findings;
}

export function auditShareRows(table: AuditTable): Finding[] {
  const totalColumn = totalColumnOf(table);
  if (totalColumn < 0) return [];
  const partColumns = table.columns.flatMap((column, index) =>
    index !== totalColumn && !LABEL_ROLES.has(column.role) ? [index] : [],
  );
  if (partColumns.length < 2) return [];
  const counts: CountRow[] = [];
  const shares: TableRow[] = [];
  for (const row of table.rows) {
    const total = printed(row.cells[totalColumn]);
    if (!total) continue;
    if (SHARE_WORD.test(textOf(row))) {
      if (total.value === 100) shares.push(row);
      continue;
    }
    const parts = partColumns.map((column) => printed(row.cells[column]));
    if (total.decimals > 0 || parts.some((part) => part === null || part.decimals > 0)) continue;
    const values = parts.map((part) => part!.value);
    if (values.reduce((sum, value) => sum + value, 0) !== total.value) continue;
    counts.push({ row, total: total.value, parts: values, year: yearIn(textOf(row)) });
  }
  if (counts.length === 0 || shares.length === 0) return [];
  const tableYear = yearIn(table.caption ?? '');
  const undated = counts.filter((count) => count.year === undefined);
  return counts.flatMap((count) => {
    // the count row's year: its own, else (when it is the table's only undated one) the table's
    const year = count.year ?? (undated.length === 1 ? tableYear : undefined);
    const matching =
      year !== undefined
        ? shares.filter((row) => yearIn(textOf(row)) === year)
        : counts.length === 1 && shares.length === 1 && yearIn(textOf(shares[0]!)) === undefined
          ? shares
          : [];
    if (matching.length !== 1) return [];
    return shareFindings(table, count, matching[0]!, partColumns);
  });
}
