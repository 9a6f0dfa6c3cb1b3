import type { TableReading } from '@shared/import';
import { useT } from '@i18n/language';

const SHOWN = 12;

function depths(parents: readonly (number | null)[]): number[] {
  const depth: number[] = [];
  parents.forEach((parent, index) => {
    depth[index] = parent === null || parent >= index ? 0 : (depth[parent] ?? 0) + 1;
  });
  return depth;
}

/** The table's rows indented by the hierarchy read: a glance shows which rows add up into which. */
export function HierarchySketch({ reading }: { reading: TableReading }) {
  const t = useT();
  if (reading.rowLabels.length === 0) return null;
  const depth = depths(reading.parents);
  const shown = reading.rowLabels.slice(0, SHOWN);
  return (
    <ol className="hierarchy-sketch" aria-label={t('reading.hierarchy')}>
      {shown.map((label, index) => (
        <li key={index} style={{ paddingLeft: `${(depth[index] ?? 0) * 1.2}em` }}>
          {(depth[index] ?? 0) > 0 ? '└ ' : ''}
          {label || '—'}
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
