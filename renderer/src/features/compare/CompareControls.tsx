import type { ComparisonKind } from '@shared/compare/types';
import type { StoredDocument } from '@data/stored';
import { useT } from '@i18n/language';
import type { LocalizedText } from '@shared/model/localized-text';
import type { CompareChoice } from './compare-query';
import { DocumentPicker } from './DocumentPicker';
import { msg } from '@i18n/text';

const KINDS: readonly { kind: ComparisonKind; label: LocalizedText }[] = [
  { kind: 'year-over-year', label: msg('compare.yearOverYear') },
  { kind: 'plan-vs-results', label: msg('compare.planVsResults') },
  { kind: 'departments', label: msg('compare.departments') },
];

/** The comparison kind, the documents (and years) on each side, and whether sub-projects count. */
export function CompareControls({
  documents,
  choice,
  departmentYears,
  onKind,
  onChange,
}: {
  documents: readonly StoredDocument[];
  choice: CompareChoice;
  /** 부서별: the years the computed comparison offers (the shown one is kept as the choice) */
  departmentYears?: readonly number[];
  onKind(kind: ComparisonKind): void;
  onChange(choice: CompareChoice): void;
}) {
  const t = useT();
  const plan = choice.kind === 'plan-vs-results';
  return (
    <div className="compare-controls">
      <div role="radiogroup" aria-label={t('compare.comparisonKind')} className="compare-kinds">
        {KINDS.map((entry) => (
          <button
            key={entry.kind}
            type="button"
            role="radio"
            aria-checked={choice.kind === entry.kind}
            onClick={() => onKind(entry.kind)}
          >
            {t(entry.label)}
          </button>
        ))}
      </div>
      {choice.kind !== 'departments' && (
        <DocumentPicker
          label={plan ? t('compare.plan') : t('compare.earlier')}
          documents={documents}
          documentId={choice.beforeId}
          year={choice.beforeYear}
          onChange={(beforeId, beforeYear) => onChange({ ...choice, beforeId, beforeYear })}
        />
      )}
      <DocumentPicker
        label={
          choice.kind === 'departments'
            ? t('common.document')
            : plan
              ? t('compare.results')
              : t('compare.later')
        }
        documents={documents}
        documentId={choice.afterId}
        year={choice.afterYear}
        years={choice.kind === 'departments' ? departmentYears : undefined}
        allowAllYears={choice.kind !== 'departments'}
        onChange={(afterId, afterYear) => onChange({ ...choice, afterId, afterYear })}
      />
      {choice.kind !== 'departments' && (
        <label className="compare-check">
          <input
            type="checkbox"
            checked={choice.withChildren ?? false}
            onChange={(event) => onChange({ ...choice, withChildren: event.target.checked })}
          />
          {t('compare.includeSubProjects')}
        </label>
      )}
    </div>
  );
}
