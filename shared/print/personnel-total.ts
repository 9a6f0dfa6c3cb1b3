/**
 * The 계 row's 과부족 of a headcount table: 현원 − 정원 of the totals where both are known. Adding up
 * the rows' printed 과부족 would carry a row the document got wrong, or left blank, into the total.
 */
export function totalSurplus(
  authorized: number | null,
  current: number | null,
  rowsSurplus: number | null,
): number | null {
  return authorized !== null && current !== null ? current - authorized : rowsSurplus;
}
