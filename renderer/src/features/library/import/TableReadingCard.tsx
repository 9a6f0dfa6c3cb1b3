import type { CorrectedRole, DocumentCorrections, TableReading } from '@shared/import';
import type { MoneyUnit } from '@shared/money';
import { useT } from '@i18n/language';
import { unitName } from '@i18n/unit-name';
import {
  correctionOf,
  hierarchyChoice,
  resetTable,
  setColumnRole,
  setHeaderRows,
  setHierarchy,
  setTableUnit,
  type HierarchyChoice,
} from './reading-corrections';
import { KIND_NAME, MONEY_UNITS, roleName, TABLE_ROLES } from './role-options';
import { HierarchySketch } from './HierarchySketch';

interface CardProps {
  reading: TableReading;
  corrections: DocumentCorrections;
  disabled: boolean;
  onChange(next: DocumentCorrections): void;
}

const HIERARCHY_READ = {
  flat: 'reading.hierarchyFlat',
  explicit: 'reading.hierarchyExplicit',
  sums: 'reading.hierarchySums',
} as const;

/** One table as it was read: where, caption, header → meaning, unit, hierarchy; each editable. */
export function TableReadingCard({ reading, corrections, disabled, onChange }: CardProps) {
  const t = useT();
  const correction = correctionOf(corrections, reading.signature);
  const guesses = reading.columns.filter((column) => column.inferred).length;
  const unitGuessed = reading.unitInferred !== undefined && correction?.unit === undefined;
  const where =
    reading.page !== undefined
      ? t('reading.wherePage', { page: reading.page, line: reading.line })
      : t('reading.where', { line: reading.line });
  const roleOf = (index: number): CorrectedRole =>
    correction?.roles?.[index] ?? reading.columns[index]!.role;
  return (
    <details className="table-reading" open={guesses > 0 || reading.corrected}>
      <summary>
        <span className="reading-where">{where}</span>{' '}
        <strong>{reading.caption ?? t('reading.noCaption')}</strong>{' '}
        <span className="hint">{t(KIND_NAME[reading.kind])}</span>
        {reading.unit && <span className="reading-chip">{t(unitName(reading.unit))}</span>}
        <span className={reading.hierarchy === 'sums' ? 'reading-chip guessed' : 'reading-chip'}>
          {t(HIERARCHY_READ[reading.hierarchy])}
        </span>
        {(guesses > 0 || unitGuessed) && (
          <span className="reading-chip guessed">
            ? {t('reading.guessed')} {guesses + (unitGuessed ? 1 : 0)}
          </span>
        )}
        {correction && <span className="reading-chip corrected">✓ {t('reading.corrected')}</span>}
        <span className="reading-roles">
          {reading.columns
            .map(
              (column, index) =>
                `${column.label || index + 1} → ${t(roleName(roleOf(index)))}${column.inferred ? '?' : ''}`,
            )
            .join(' · ')}
        </span>
      </summary>
      {reading.laidOut && <p className="hint reading-laid-out">{t(reading.laidOut)}</p>}
      <div className="reading-controls">
        <label>
          {t('reading.unit')}
          <select
            value={correction?.unit ?? ''}
            disabled={disabled}
            onChange={(event) =>
              onChange(
                setTableUnit(
                  corrections,
                  reading,
                  (event.target.value || undefined) as MoneyUnit | undefined,
                ),
              )
            }
          >
            <option value="">
              {reading.unit
                ? t('reading.unitAsRead', { unit: t(unitName(reading.unit)) })
                : t('reading.unitNone')}
            </option>
            {MONEY_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(unitName(unit))}
              </option>
            ))}
          </select>
          {unitGuessed && (
            <span className="guess-mark" title={t(reading.unitInferred!)}>
              ?
            </span>
          )}
        </label>
        <label>
          {t('reading.headerRows')}
          <input
            type="number"
            min={0}
            max={6}
            value={correction?.headerRows ?? reading.headerRows}
            disabled={disabled}
            onChange={(event) => {
              const rows = Number(event.target.value);
              if (Number.isInteger(rows) && rows >= 0 && rows <= 6)
                onChange(setHeaderRows(corrections, reading, rows));
            }}
          />
        </label>
        <label>
          {t('reading.hierarchy')}
          <select
            value={hierarchyChoice(correction)}
            disabled={disabled}
            onChange={(event) =>
              onChange(setHierarchy(corrections, reading, event.target.value as HierarchyChoice))
            }
          >
            <option value="as-read">{t('reading.hierarchyAsRead')}</option>
            <option value="confirmed">{t('reading.hierarchyConfirmed')}</option>
            <option value="flat">{t('reading.hierarchyNone')}</option>
          </select>
        </label>
        {correction && (
          <button
            type="button"
            disabled={disabled}
            onClick={() => onChange(resetTable(corrections, reading.signature))}
          >
            {t('reading.resetTable')}
          </button>
        )}
      </div>
      <table className="reading-columns">
        <thead>
          <tr>
            <th scope="col">{t('reading.column')}</th>
            <th scope="col">{t('reading.header')}</th>
            <th scope="col">{t('reading.role')}</th>
          </tr>
        </thead>
        <tbody>
          {reading.columns.map((column, index) => (
            <tr key={index}>
              <td className="num">{index + 1}</td>
              <td>{column.label || '—'}</td>
              <td>
                <select
                  aria-label={`${t('reading.role')}: ${column.label || index + 1}`}
                  value={roleOf(index)}
                  disabled={disabled}
                  onChange={(event) =>
                    onChange(
                      setColumnRole(
                        corrections,
                        reading,
                        index,
                        event.target.value as CorrectedRole,
                      ),
                    )
                  }
                >
                  {TABLE_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(roleName(role))}
                    </option>
                  ))}
                </select>
                {column.inferred && (
                  <span
                    className="guess-mark"
                    title={t('reading.guessMark', { what: t(column.inferred) })}
                  >
                    ? {t(column.inferred)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <HierarchySketch
        reading={reading}
        corrections={corrections}
        disabled={disabled}
        onChange={onChange}
      />
    </details>
  );
}
