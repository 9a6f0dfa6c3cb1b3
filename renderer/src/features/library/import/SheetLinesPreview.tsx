import type { BudgetLine } from '@shared/model/report';
import { formatWon, type MoneyUnit } from '@shared/money';
import { unitDecimals } from '@shared/clipboard';
import { useT } from '@i18n/language';

const SHOWN = 8;

function Amount({ won, unit }: { won: number | undefined; unit: MoneyUnit }) {
  if (won === undefined) return <td className="num no-figure">—</td>;
  // as the documents print it: △ for a negative figure
  return <td className="num">{formatWon(won, unit, { decimals: unitDecimals(unit) })}</td>;
}

/** The sheet's first rows as the lines they become, figures in the sheet's unit. */
export function SheetLinesPreview({
  lines,
  unit,
}: {
  lines: readonly BudgetLine[];
  unit: MoneyUnit;
}) {
  const t = useT();
  if (lines.length === 0) return <p className="hint">{t('reading.sheet.noLines')}</p>;
  return (
    <figure className="sheet-lines">
      <figcaption>
        {t('reading.sheet.firstLines', { count: Math.min(SHOWN, lines.length) })}{' '}
        <span className="unit-line">{t('reading.sheet.unitLine', { unit })}</span>
      </figcaption>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('reading.sheet.lineYear')}</th>
            <th scope="col">{t('reading.sheet.lineDepartment')}</th>
            <th scope="col">{t('reading.sheet.lineName')}</th>
            <th scope="col">{t('reading.sheet.lineBudget')}</th>
            <th scope="col">{t('reading.sheet.lineSpent')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.slice(0, SHOWN).map((line, index) => (
            <tr key={index}>
              <td className="num">{line.fiscalYear}</td>
              <td>{[line.bureau, line.department].filter(Boolean).join(' › ')}</td>
              <td>{line.project}</td>
              <Amount won={line.budget ?? line.currentBudget} unit={unit} />
              <Amount won={line.spent} unit={unit} />
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
