/**
 * Difference and rate that are never NaN or Infinity: null when they cannot be computed.
 * A figure missing on one side of a pair counts as zero when the other side has one (a project
 * that is new or was dropped), so totals of differences equal the difference of totals.
 */
export function difference(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined && after === undefined) return null;
  return (after ?? 0) - (before ?? 0);
}

/** (after − before) ÷ before × 100; null when before is zero or missing. */
export function changeRate(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined || before === 0) return null;
  const diff = difference(before, after);
  if (diff === null) return null;
  const rate = (diff / Math.abs(before)) * 100;
  return Number.isFinite(rate) ? rate : null;
}

/** part ÷ whole × 100; null when whole is zero or either is missing. */
export function ratio(part: number | undefined, whole: number | undefined): number | null {
  if (part === undefined || whole === undefined || whole === 0) return null;
  const value = (part / whole) * 100;
  return Number.isFinite(value) ? value : null;
}

/** Sum of the defined values; null when none is defined. */
export function sumDefined(values: readonly (number | null | undefined)[]): number | null {
  let total: number | null = null;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    total = (total ?? 0) + value;
  }
  return total;
}
