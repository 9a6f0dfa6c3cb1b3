import { unitDecimals } from '@shared/clipboard';
import { formatPercent, formatWon, type MoneyUnit } from '@shared/money';

/** A money figure for the screen: unit applied, separators, minus sign and colour when negative. */
export function MoneyText({ won, unit }: { won: number | undefined; unit: MoneyUnit }) {
  if (won === undefined) return null;
  const text = formatWon(won, unit, { negative: 'minus', decimals: unitDecimals(unit) });
  return <span className={won < 0 && /[1-9]/.test(text) ? 'money negative' : 'money'}>{text}</span>;
}

/** A percentage for the screen: one decimal, minus sign and colour when negative. */
export function PercentText({ value }: { value: number | undefined }) {
  if (value === undefined) return null;
  const text = formatPercent(value, 1, 'minus');
  return <span className={text.startsWith('-') ? 'money negative' : 'money'}>{text}</span>;
}
