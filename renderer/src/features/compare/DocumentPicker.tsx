import { documentPart } from '@shared/documents';
import { DocumentOptions } from '@components/DocumentOptions';
import type { StoredDocument } from '@data/stored';
import { useT } from '@i18n/language';
import { msg } from '@i18n/text';

const PART_KEY = { plan: 'compare.partPlan', report: 'compare.partReport' } as const;

/**
 * One side's document, named as everywhere (organisation › bureau › department › title › years
 * (kind), the file name on hover), and its fiscal year with the part it is (계획, 실적).
 */
export function DocumentPicker({
  label,
  documents,
  documentId,
  year,
  years: offered,
  allowAllYears = true,
  onChange,
}: {
  label: string;
  documents: readonly StoredDocument[];
  documentId?: number;
  year?: number;
  /** the years to offer (default: the document's) */
  years?: readonly number[];
  /** whether "전체" (let the comparison choose) is offered */
  allowAllYears?: boolean;
  onChange(documentId: number | undefined, year: number | undefined): void;
}) {
  const t = useT();
  const chosen = documents.find((doc) => doc.id === documentId);
  const years = offered ?? chosen?.meta.fiscalYears ?? [];
  const yearText = (y: number) => {
    const part = chosen ? documentPart(chosen.meta, y) : 'unknown';
    return part === 'unknown' ? String(y) : `${y} (${t(msg(PART_KEY[part]))})`;
  };
  return (
    <div className="compare-picker">
      <label>
        <span>{label}</span>
        <select
          value={documentId ?? ''}
          title={chosen?.fileName}
          onChange={(event) =>
            onChange(event.target.value ? Number(event.target.value) : undefined, undefined)
          }
        >
          <option value="">{t('compare.chooseDocument')}</option>
          <DocumentOptions documents={documents} />
        </select>
      </label>
      {years.length > 1 && (
        <label>
          <span>{t('common.fiscalYear')}</span>
          <select
            value={year ?? ''}
            onChange={(event) =>
              onChange(documentId, event.target.value ? Number(event.target.value) : undefined)
            }
          >
            {allowAllYears && <option value="">{t('compare.yearAuto')}</option>}
            {years.map((y) => (
              <option key={y} value={y}>
                {yearText(y)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
