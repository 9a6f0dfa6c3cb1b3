import type { LocalizedText } from '../model/localized-text';
/** A derived figure, or the reason there is none. Never NaN, never Infinity. */
export type Computed = { ok: true; value: number } | { ok: false; reason: NoValueReason };

/**
 * - missing: a figure needed for the computation is absent;
 * - zero-base: the divisor is 0 (a rate of nothing);
 * - not-applicable: the computation makes no sense here (negative base, a line without budget).
 */
export type NoValueReason = 'missing' | 'zero-base' | 'not-applicable';

export const noValue = (reason: NoValueReason): Computed => ({ ok: false, reason });

/** A finite result, or "not applicable" when the arithmetic overflowed. */
export function computed(value: number): Computed {
  if (!Number.isFinite(value)) return noValue('not-applicable');
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A figure that may be absent, as lines and cells hand it over. */
export type Figure = number | null | undefined;

export function isPresent(figure: Figure): figure is number {
  return typeof figure === 'number' && Number.isFinite(figure);
}

const REASON_TEXT: Record<NoValueReason, LocalizedText> = {
  missing: { ko: '자료 없음', en: 'no figure' },
  'zero-base': { ko: '기준액 0', en: 'base is zero' },
  'not-applicable': { ko: '해당 없음', en: 'not applicable' },
};

/** What the UI shows in place of a value that cannot be computed. */
export function reasonText(reason: NoValueReason): LocalizedText {
  return REASON_TEXT[reason];
}

/** The value, or `fallback` when there is none (for sorting and charts). */
export function valueOr(result: Computed, fallback: number): number {
  return result.ok ? result.value : fallback;
}
