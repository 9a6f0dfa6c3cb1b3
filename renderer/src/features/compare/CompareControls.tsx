import type { ComparisonKind } from '@shared/compare/types';
import type { StoredDocument } from '@data/stored';
import { useT, type Text } from '@i18n/language';
import type { CompareChoice } from './compare-query';

const KINDS: readonly { kind: ComparisonKind; label: Text }[] = [
  { kind: 'year-over-year', label: { ko: '연도별', en: 'Year over year' } },
  { kind: 'plan-vs-results', label: { ko: '계획 대비 실적', en: 'Plan vs results' } },
  { kind: 'departments', label: { ko: '부서별', en: 'Departments' } },
];

function DocumentPicker({
  label,
  documents,
  documentId,
  year,
  onChange,
}: {
  label: string;
  documents: readonly StoredDocument[];
  documentId?: number;
  year?: number;
  onChange(documentId: number | undefined, year: number | undefined): void;
}) {
  const t = useT();
  const chosen = documents.find((doc) => doc.id === documentId);
  const years = chosen?.meta.fiscalYears ?? [];
  return (
    <div className="compare-picker">
      <label>
        <span>{label}</span>
        <select
          value={documentId ?? ''}
          onChange={(event) =>
            onChange(event.target.value ? Number(event.target.value) : undefined, undefined)
          }
        >
          <option value="">{t({ ko: '문서 선택', en: 'Choose a document' })}</option>
          {documents.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {doc.meta.title} ({doc.fileName})
            </option>
          ))}
        </select>
      </label>
      {years.length > 1 && (
        <label>
          <span>{t({ ko: '회계연도', en: 'Fiscal year' })}</span>
          <select
            value={year ?? ''}
            onChange={(event) =>
              onChange(documentId, event.target.value ? Number(event.target.value) : undefined)
            }
          >
            <option value="">{t({ ko: '전체', en: 'All' })}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

/** The comparison kind, the documents (and years) on each side, and whether sub-projects count. */
export function CompareControls({
  documents,
  choice,
  onKind,
  onChange,
}: {
  documents: readonly StoredDocument[];
  choice: CompareChoice;
  onKind(kind: ComparisonKind): void;
  onChange(choice: CompareChoice): void;
}) {
  const t = useT();
  const plan = choice.kind === 'plan-vs-results';
  return (
    <div className="compare-controls">
      <div
        role="radiogroup"
        aria-label={t({ ko: '비교 종류', en: 'Comparison kind' })}
        className="compare-kinds"
      >
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
          label={plan ? t({ ko: '계획 문서', en: 'Plan' }) : t({ ko: '이전 자료', en: 'Earlier' })}
          documents={documents}
          documentId={choice.beforeId}
          year={choice.beforeYear}
          onChange={(beforeId, beforeYear) => onChange({ ...choice, beforeId, beforeYear })}
        />
      )}
      <DocumentPicker
        label={
          choice.kind === 'departments'
            ? t({ ko: '문서', en: 'Document' })
            : plan
              ? t({ ko: '실적 보고', en: 'Results' })
              : t({ ko: '이후 자료', en: 'Later' })
        }
        documents={documents}
        documentId={choice.afterId}
        year={choice.kind === 'departments' ? undefined : choice.afterYear}
        onChange={(afterId, afterYear) => onChange({ ...choice, afterId, afterYear })}
      />
      {choice.kind !== 'departments' && (
        <label className="compare-check">
          <input
            type="checkbox"
            checked={choice.withChildren ?? false}
            onChange={(event) => onChange({ ...choice, withChildren: event.target.checked })}
          />
          {t({ ko: '세부사업 포함', en: 'Include sub-projects' })}
        </label>
      )}
    </div>
  );
}
