import { useT } from '@i18n/language';
import {
  NOTE_STYLE,
  RULE_STYLE,
  SEVERITY_STYLE,
  STATED_DIFFERS_STYLE,
  type FlagStyle,
} from '@components/flag-style';

const ROW_COLOURS = [
  {
    className: 'legend-row row-error',
    label: { ko: '행 배경 빨강: 수치 불일치', en: 'Red row: figures disagree' },
  },
  {
    className: 'legend-row row-warning',
    label: { ko: '행 배경 노랑: 확인 필요', en: 'Amber row: suspicious' },
  },
  {
    className: 'legend-row row-rule',
    label: { ko: '행 배경 보라: 경고 기준 해당', en: 'Purple row: meets a flag rule' },
  },
];

/** Explains every mark and colour the grid uses. */
export function FlagLegend() {
  const t = useT();
  const marks: FlagStyle[] = [
    ...Object.values(SEVERITY_STYLE),
    ...Object.values(RULE_STYLE),
    NOTE_STYLE,
    STATED_DIFFERS_STYLE,
  ];
  return (
    <section className="flag-legend" aria-label={t({ ko: '범례', en: 'Legend' })}>
      <strong>{t({ ko: '범례', en: 'Legend' })}</strong>
      <ul>
        {marks.map((mark) => (
          <li key={mark.className}>
            <span className={`flag ${mark.className}`} aria-hidden="true">
              {mark.symbol}
            </span>
            {t(mark.label)}
          </li>
        ))}
        {ROW_COLOURS.map((entry) => (
          <li key={entry.className}>
            <span className={entry.className} aria-hidden="true" />
            {t(entry.label)}
          </li>
        ))}
        <li>
          <span className="money negative">-1,234</span>
          {t({ ko: '음수(감소)', en: 'negative (decrease)' })}
        </li>
      </ul>
    </section>
  );
}
