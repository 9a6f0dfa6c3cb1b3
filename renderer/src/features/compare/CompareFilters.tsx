import type { RowFilter } from '@shared/compare/sort-filter';
import type { RowStatus } from '@shared/compare/types';
import { useT } from '@i18n/language';
import { STATUS_LABEL } from './CompareTable';

const STATUSES: readonly Exclude<RowStatus, 'single'>[] = [
  'matched',
  'confirmed',
  'only-before',
  'only-after',
];

/** Name search, findings only, and which match statuses to show. */
export function CompareFilters({
  filter,
  onChange,
  withStatuses,
}: {
  filter: RowFilter;
  onChange(filter: RowFilter): void;
  withStatuses: boolean;
}) {
  const t = useT();
  return (
    <div className="compare-filters" role="search">
      <label>
        <span>{t('common.search')}</span>
        <input
          type="search"
          value={filter.text ?? ''}
          placeholder={t('compare.projectDepartment')}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </label>
      <label className="compare-check">
        <input
          type="checkbox"
          checked={filter.flaggedOnly ?? false}
          onChange={(event) => onChange({ ...filter, flaggedOnly: event.target.checked })}
        />
        {t('compare.flaggedOnly')}
      </label>
      {withStatuses && (
        <label>
          <span>{t('compare.status')}</span>
          <select
            value={filter.statuses?.[0] ?? ''}
            onChange={(event) =>
              onChange({
                ...filter,
                statuses: event.target.value ? [event.target.value as RowStatus] : undefined,
              })
            }
          >
            <option value="">{t('common.all')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_LABEL[status])}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
