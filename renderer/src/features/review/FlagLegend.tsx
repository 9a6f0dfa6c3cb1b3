import { useT } from '@i18n/language';
import {
  NOTE_STYLE,
  RULE_STYLE,
  SEVERITY_STYLE,
  STATED_DIFFERS_STYLE,
  type FlagStyle,
} from '@components/flag-style';
import { msg } from '@i18n/text';

const ROW_COLOURS = [
  {
    className: 'legend-row row-error',
    label: msg('review.legendRed'),
  },
  {
    className: 'legend-row row-warning',
    label: msg('review.legendAmber'),
  },
  {
    className: 'legend-row row-rule',
    label: msg('review.legendPurple'),
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
    <section className="flag-legend" aria-label={t('review.legend')}>
      <strong>{t('review.legend')}</strong>
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
          {t('review.legendNegative')}
        </li>
      </ul>
    </section>
  );
}
