import type { DocumentCorrections, TableReading } from '@shared/import';
import { useT } from '@i18n/language';
import { correctionOf, setRowParent } from './reading-corrections';

/** rows shown (and placeable) per table; a longer table is summed up below them */
const SHOWN = 40;

function depths(parents: readonly (number | null)[]): number[] {
  const depth: number[] = [];
  parents.forEach((parent, index) => {
    depth[index] = parent === null || parent >= index ? 0 : (depth[parent] ?? 0) + 1;
  });
  return depth;
}

interface Props {
  reading: TableReading;
  corrections: DocumentCorrections;
  disabled: boolean;
  onChange(next: DocumentCorrections): void;
}

/**
 * The table's rows indented by the hierarchy (as stated by the user, else as read): a glance shows
 * which rows add up into which, and each row can be put under an earlier row or at the top.
 */
export function HierarchySketch({ reading, corrections, disabled, onChange }: Props) {
  const t = useT();
  if (reading.rowLabels.length === 0) return null;
  const parents = correctionOf(corrections, reading.signature)?.parents ?? reading.parents;
  const depth = depths(parents);
  const shown = reading.rowLabels.slice(0, SHOWN);
  return (
    <ol className="hierarchy-sketch" aria-label={t('reading.hierarchy')}>
      {shown.map((label, index) => (
        <li key={index}>
          <span style={{ paddingLeft: `${(depth[index] ?? 0) * 1.2}em` }}>
            {(depth[index] ?? 0) > 0 ? '└ ' : ''}
            {label || '—'}
          </span>
          {index > 0 && (
            <select
              aria-label={t('reading.parentOf', { row: label || index + 1 })}
              value={parents[index] ?? ''}
              disabled={disabled}
              onChange={(event) =>
                onChange(
                  setRowParent(
                    corrections,
                    reading,
                    index,
                    event.target.value === '' ? null : Number(event.target.value),
                  ),
                )
              }
            >
              <option value="">{t('reading.topLevel')}</option>
              {shown.slice(0, index).map((above, at) => (
                <option key={at} value={at}>
                  ↑ {above || at + 1}
                </option>
              ))}
            </select>
          )}
        </li>
      ))}
      {reading.rowLabels.length > SHOWN && (
        <li className="hint">
          {t('reading.moreRows', { count: reading.rowLabels.length - SHOWN })}
        </li>
      )}
    </ol>
  );
}
