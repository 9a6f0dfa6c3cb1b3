import { unitDecimals } from '@shared/clipboard';
import { formatCompact, formatCompactEnglish, formatWon, type MoneyUnit } from '@shared/money';
import { useLanguage } from '@i18n/language';

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** px the grid's font needs for a figure (measured once per text; the grid's 13 px Noto Sans KR). */
function textWidth(text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 8;
  context.font = "13px 'Noto Sans KR', sans-serif";
  const width = Math.ceil(context.measureText(text).width);
  widths.set(text, width);
  return width;
}

/**
 * A money figure that never shows clipped: in the chosen unit when it fits the cell, else in the
 * compact unit (851.6억원, 85.2 billion won) with the full figure on hover. A clipped figure would read as another
 * number ('1,250' for 1,250,000).
 */
export function FittedMoney(props: {
  won: number | undefined;
  unit: MoneyUnit;
  /** the unit's name in the UI language, for the hover text */
  unitLabel: string;
  room?: number;
}) {
  const { won, unit, room } = props;
  const english = useLanguage((state) => state.language) === 'en';
  if (won === undefined) return null;
  const full = formatWon(won, unit, { negative: 'minus', decimals: unitDecimals(unit) });
  const negative = won < 0 && /[1-9]/.test(full);
  const className = negative ? 'money negative' : 'money';
  if (room === undefined || textWidth(full) <= room)
    return <span className={className}>{full}</span>;
  return (
    <span className={`${className} compact`} title={`${full} ${props.unitLabel}`}>
      {english ? formatCompactEnglish(won) : formatCompact(won)}
    </span>
  );
}
