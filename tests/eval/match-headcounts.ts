/**
 * Headcount rows of a key against the importer's personnel rows: the department (and grade, when
 * the key gives one) match by name, 정원 and 현원 are equal where the key gives them, and the row
 * was read at the key's place.
 */
import type { PersonnelRow } from '../../shared/model/report';
import type { KeyHeadcount } from './key-schema';
import { namesMatch, normalizeName } from './names';
import { atPlace, describeSource } from './place';

export interface HeadcountResult {
  headcount: KeyHeadcount;
  found: boolean;
  /** the row that matched, or (missed) the closest row read at the same place */
  row?: PersonnelRow;
}

const TOTALS = new Set(['계', '합계', '총계', '소계', '총원']);

/** A grade written `4급` or `4 급` or `지방행정4급` is the same grade; 계/합계/총계 are one total. */
function gradesMatch(expected: string, found: string | undefined): boolean {
  const x = normalizeName(expected);
  const y = normalizeName(found ?? '');
  if (TOTALS.has(x)) return TOTALS.has(y);
  return y.length > 0 && (x === y || y.endsWith(x) || x.endsWith(y));
}

/** A table's total row is one row whether it is labelled 계, 합계 or 총계. */
function departmentsMatch(expected: string, found: string | undefined): boolean {
  if (TOTALS.has(normalizeName(expected))) return TOTALS.has(normalizeName(found ?? ''));
  return namesMatch(expected, found ?? '');
}

export function headcountMatches(expected: KeyHeadcount, row: PersonnelRow): boolean {
  if (expected.authorized !== undefined && row.authorized !== expected.authorized) return false;
  if (expected.current !== undefined && row.current !== expected.current) return false;
  if (expected.department !== undefined && !departmentsMatch(expected.department, row.department))
    return false;
  if (expected.grade !== undefined && !gradesMatch(expected.grade, row.grade)) return false;
  return atPlace(expected, [row.source]);
}

export function matchHeadcounts(
  headcounts: readonly KeyHeadcount[],
  rows: readonly PersonnelRow[],
): HeadcountResult[] {
  return headcounts.map((headcount) => {
    const row = rows.find((candidate) => headcountMatches(headcount, candidate));
    if (row) return { headcount, found: true, row };
    return { headcount, found: false, row: closestRow(headcount, rows) };
  });
}

/** A row read at the same place, preferring one of the same department, for --verbose. */
function closestRow(
  expected: KeyHeadcount,
  rows: readonly PersonnelRow[],
): PersonnelRow | undefined {
  const here = rows.filter((row) => atPlace(expected, [row.source]));
  const department = expected.department;
  return (
    (department && here.find((row) => namesMatch(department, row.department ?? ''))) || here[0]
  );
}

export function describeRow(row: PersonnelRow): string {
  const who = [row.department, row.grade].filter(Boolean).join(' ');
  return `${describeSource(row.source)} ${who} ${row.authorized ?? '-'}/${row.current ?? '-'}`;
}
