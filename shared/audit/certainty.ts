/**
 * What a check rests on that the importer guessed. An error is only called where the figures and
 * what they mean are certain; a check resting on a guess comes out as a warning naming the guess.
 */
import type { LocalizedText } from '../model/localized-text';
import type { AuditTable } from '../model/table';
import { MONEY_UNITS } from '../money/types';
import { columnName } from './table-view';

/** The guesses behind the columns a check read: roles inferred, unknown columns summed. */
export function columnGuesses(table: AuditTable, columns: readonly number[]): LocalizedText[] {
  const guesses: LocalizedText[] = [];
  for (const column of columns) {
    const spec = table.columns[column];
    if (!spec) continue;
    if (spec.inferred) guesses.push(spec.inferred);
    else if (spec.role === 'other') {
      const name = columnName(table, column);
      guesses.push({
        ko: `머리글 '${name}'만으로는 합산되는 열인지 알 수 없어 합산 열`,
        en: `column '${name}' has a header that does not say it adds up`,
      });
    }
  }
  return guesses;
}

/**
 * The unit, when it was assumed and the gap is small enough that in a coarser unit it would be
 * rounding (a table in 백만원 read as 천원 makes rounding look like an error).
 */
export function unitGuess(
  table: AuditTable,
  difference: number,
  terms: number,
): LocalizedText | undefined {
  if (!table.unitInferred || table.unit?.kind !== 'money') return undefined;
  const step = MONEY_UNITS[table.unit.unit];
  return Math.abs(difference) <= Math.max(1, terms / 2) * step ? table.unitInferred : undefined;
}

export const HIERARCHY_GUESS: LocalizedText = {
  ko: '어느 행이 어느 행의 하위 항목인지를 합계로 추정',
  en: 'which rows add up into which was inferred from the sums',
};
