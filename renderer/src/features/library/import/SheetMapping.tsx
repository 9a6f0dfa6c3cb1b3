import type { ColumnMapping, SheetRole, SpreadsheetOptions } from '@shared/import';
import { SHEET_ROLES } from '@shared/import';
import type { MoneyUnit } from '@shared/money';
import type { ReportPreview } from '@services';
import { useT } from '@i18n/language';
import { unitName } from '@i18n/unit-name';
import { msg } from '@i18n/text';
import { MONEY_UNITS } from './role-options';
import { SheetLinesPreview } from './SheetLinesPreview';

interface Props {
  preview: ReportPreview;
  /** the user's latest choices (perhaps not read yet): what the controls show */
  choice: SpreadsheetOptions;
  disabled: boolean;
  onChoose(choice: SpreadsheetOptions): void;
}

const UNIT_FROM = {
  user: msg('reading.sheet.unitFrom.user'),
  saved: msg('reading.sheet.unitFrom.saved'),
  header: msg('reading.sheet.unitFrom.header'),
  above: msg('reading.sheet.unitFrom.above'),
  default: msg('reading.sheet.unitFrom.default'),
};

const ROLE_ORDER = Object.keys(SHEET_ROLES) as SheetRole[];

/**
 * A CSV/XLSX before it is stored: which sheet, which row is the header, what each column means,
 * the unit (and a CSV's encoding); every change reads the sheet again and shows its first lines.
 */
export function SheetMapping({ preview, choice, disabled, onChoose }: Props) {
  const t = useT();
  const summary = preview.spreadsheet!;
  const { stats } = summary;
  // a mapping the user chose is read exactly as chosen: shown (and changed further) before it is
  const mapping = choice.mapping ?? {
    ...summary.mapping,
    ...(choice.unit ? { unit: choice.unit, unitFrom: 'user' as const } : {}),
  };
  const withMapping = (next: ColumnMapping) => onChoose({ ...choice, mapping: next });
  const setRole = (index: number, role: SheetRole) =>
    withMapping({
      ...mapping,
      // the user has said what the columns are: the header is known now
      recognised: true,
      columns: mapping.columns.map((column) =>
        column.index === index ? { ...column, role } : column,
      ),
    });
  const setUnit = (unit: MoneyUnit) =>
    onChoose({
      ...choice,
      unit,
      ...(choice.mapping ? { mapping: { ...mapping, unit, unitFrom: 'user' as const } } : {}),
    });
  return (
    <section className="sheet-mapping" aria-label={t('reading.sheet.title')}>
      <h3>{t('reading.sheet.title')}</h3>
      <p className="hint">{t('reading.sheet.hint')}</p>
      <div className="reading-controls">
        {summary.sheets.length > 1 && (
          <label>
            {t('reading.sheet.sheet')}
            <select
              value={choice.sheet ?? mapping.sheet}
              disabled={disabled}
              onChange={(event) =>
                onChoose({ ...choice, sheet: event.target.value, mapping: undefined })
              }
            >
              {summary.sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {t('reading.sheet.sheetOption', { name: sheet.name, rows: sheet.rows })}
                  {sheet.hidden ? ` (${t('reading.sheet.hidden')})` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('reading.sheet.unit')}
          <select
            value={mapping.unit}
            disabled={disabled}
            onChange={(event) => setUnit(event.target.value as MoneyUnit)}
          >
            {MONEY_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(unitName(unit))}
              </option>
            ))}
          </select>
          <span className={mapping.unitFrom === 'default' ? 'guess-mark' : 'hint'}>
            {mapping.unitFrom === 'default' ? '? ' : ''}
            {t(UNIT_FROM[mapping.unitFrom])}
          </span>
        </label>
        {preview.format === 'csv' && (
          <label>
            {t('reading.sheet.encoding')}
            <select
              value={choice.encoding ?? ''}
              disabled={disabled}
              onChange={(event) =>
                onChoose({
                  ...choice,
                  encoding: (event.target.value || undefined) as SpreadsheetOptions['encoding'],
                  mapping: undefined,
                })
              }
            >
              <option value="">
                {t('reading.sheet.encodingAuto', {
                  encoding: preview.encoding === 'euc-kr' ? 'CP949' : 'UTF-8',
                })}
              </option>
              <option value="utf-8">UTF-8</option>
              <option value="euc-kr">CP949 (EUC-KR)</option>
            </select>
          </label>
        )}
        <span className="hint">{t('reading.sheet.headerRow', { row: mapping.headerRow + 1 })}</span>
      </div>
      {!mapping.recognised && (
        <p className="guess-mark" role="note">
          {t('reading.sheet.notRecognised')}
        </p>
      )}
      <table className="reading-columns">
        <thead>
          <tr>
            <th scope="col">{t('reading.column')}</th>
            <th scope="col">{t('reading.sheet.columnHeader')}</th>
            <th scope="col">{t('reading.sheet.columnMeaning')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.columns.map((column) => (
            <tr key={column.index}>
              <td className="num">{column.index + 1}</td>
              <td>{column.header || '—'}</td>
              <td>
                <select
                  aria-label={`${t('reading.sheet.columnMeaning')}: ${column.header || column.index + 1}`}
                  value={column.role}
                  disabled={disabled}
                  onChange={(event) => setRole(column.index, event.target.value as SheetRole)}
                >
                  {ROLE_ORDER.map((role) => (
                    <option key={role} value={role}>
                      {t(SHEET_ROLES[role].label)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sheet-stats">
        {t('reading.sheet.stats', {
          dataRows: stats.dataRows.toLocaleString(),
          lines: stats.lines.toLocaleString(),
          totals: stats.totals.toLocaleString(),
          noFigure: stats.noFigureCells.toLocaleString(),
        })}
      </p>
      {stats.badRows.length > 0 && (
        <details>
          <summary>{t('reading.sheet.badRows', { count: stats.badRows.length })}</summary>
          <ul className="preview-list">
            {stats.badRows.slice(0, 50).map((bad, index) => (
              <li key={index}>
                {t('reading.sheet.badRow', { row: bad.row, reason: t(bad.reason) })}
              </li>
            ))}
          </ul>
        </details>
      )}
      <SheetLinesPreview lines={preview.parsed.lines} unit={mapping.unit} />
    </section>
  );
}
