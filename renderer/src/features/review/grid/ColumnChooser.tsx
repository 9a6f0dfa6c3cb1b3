import { useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { GridRow } from '../model/rows';
import { useT } from '@i18n/language';
import { REVIEW_COLUMNS } from './column-catalog';

/** A list of checkboxes that show or hide grid columns (the grid remembers the choice). */
export function ColumnChooser({ api }: { api: GridApi<GridRow> | undefined }) {
  const t = useT();
  const [, setTick] = useState(0);
  if (!api) return null;
  return (
    <details className="column-chooser">
      <summary>{t('grid.columnChooser')}</summary>
      <fieldset>
        <legend>{t('grid.columnsShow')}</legend>
        {REVIEW_COLUMNS.map((column) => (
          <label key={column.id}>
            <input
              type="checkbox"
              checked={api.getColumn(column.id)?.isVisible() ?? false}
              onChange={(event) => {
                api.setColumnsVisible([column.id], event.target.checked);
                setTick((tick) => tick + 1);
              }}
            />
            {t(column.header)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
