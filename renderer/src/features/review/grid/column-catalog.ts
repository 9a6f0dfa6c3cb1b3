import type { CopyValueKind } from '@shared/clipboard';
import type { FigureField } from '@shared/hierarchy';
import type { StatedRates } from '@shared/model/report';
import type { Computed } from '@shared/variance';
import type { Text } from '@i18n/language';
import type { GridRow } from '../model/rows';

/** One column the review grid can show, independent of ag-grid. */
export interface ReviewColumn {
  id: string;
  header: Text;
  kind: CopyValueKind;
  value(row: GridRow): number | string | undefined;
  /** for rate columns: the computed value or why there is none */
  computed?(row: GridRow): Computed;
  /** for rate columns: the rate as the document printed it */
  stated?: keyof StatedRates;
  /** shown by default whenever some line has a value (else hidden until chosen) */
  width?: number;
}

const ok = (result: Computed) => (result.ok ? result.value : undefined);

function figure(id: FigureField, ko: string, en: string): ReviewColumn {
  return { id, header: { ko, en }, kind: 'money', value: (row) => row.figures[id] };
}

function rate(
  id: 'changeRate' | 'obligationRate' | 'executionRate' | 'projectedRate',
  header: Text,
  stated: keyof StatedRates,
): ReviewColumn {
  return {
    id,
    header,
    kind: 'percent',
    value: (row) => ok(row.variance[id]),
    computed: (row) => row.variance[id],
    stated,
    width: 110,
  };
}

export const LABEL_COLUMN: ReviewColumn = {
  id: 'label',
  header: { ko: '구분', en: 'Item' },
  kind: 'text',
  value: (row) => row.label,
  width: 320,
};

/** Every column after the label, in display order. */
export const REVIEW_COLUMNS: readonly ReviewColumn[] = [
  {
    id: 'fiscalYear',
    header: { ko: '회계연도', en: 'Fiscal year' },
    kind: 'number',
    value: (row) => row.line?.fiscalYear,
    width: 100,
  },
  figure('budget', '예산액', 'Budget'),
  figure('originalBudget', '본예산', 'Original budget'),
  figure('supplementary', '추경', 'Supplementary'),
  figure('carriedOver', '이월', 'Carried over'),
  figure('currentBudget', '예산현액', 'Current budget'),
  figure('requiredBudget', '소요예산', 'Required budget'),
  {
    id: 'previousBudget',
    header: { ko: '전년도 예산', en: 'Previous year' },
    kind: 'money',
    value: (row) => ok(row.variance.previousBudget),
  },
  {
    id: 'change',
    header: { ko: '증감액', en: 'Change' },
    kind: 'money',
    value: (row) => ok(row.variance.change),
  },
  rate('changeRate', { ko: '증감률', en: 'Change rate' }, 'change'),
  figure('obligated', '원인행위', 'Obligated'),
  figure('spent', '지출액', 'Spent'),
  rate('obligationRate', { ko: '원인행위율', en: 'Obligation rate' }, 'obligation'),
  rate('executionRate', { ko: '집행률', en: 'Execution rate' }, 'execution'),
  figure('projectedSpend', '예상집행액', 'Projected spend'),
  rate('projectedRate', { ko: '예상집행률', en: 'Projected rate' }, 'projected'),
  {
    id: 'projectedLapse',
    header: { ko: '예상불용액', en: 'Projected lapse' },
    kind: 'money',
    value: (row) => ok(row.variance.projectedLapse),
  },
  figure('funding.national', '국비', 'National'),
  figure('funding.city', '시비', 'City'),
  figure('funding.province', '도비', 'Province'),
  figure('funding.district', '구·군비', 'District·County'),
  figure('funding.fund', '기금', 'Fund'),
  figure('funding.specialGrant', '특교금', 'Special grant'),
  figure('funding.other', '기타 재원', 'Other sources'),
  figure('collected', '징수액', 'Collected'),
  {
    id: 'document',
    header: { ko: '출처 문서', en: 'Source document' },
    kind: 'text',
    value: (row) => row.documentTitle,
    width: 220,
  },
];

export const ALL_COLUMNS: readonly ReviewColumn[] = [LABEL_COLUMN, ...REVIEW_COLUMNS];

export function columnById(id: string): ReviewColumn | undefined {
  return ALL_COLUMNS.find((column) => column.id === id);
}

/** Columns that have a value on at least one of the rows (the default visible set). */
export function columnsWithData(rows: readonly GridRow[]): Set<string> {
  const present = new Set<string>(['label']);
  for (const column of REVIEW_COLUMNS) {
    if (column.id === 'document' || rows.some((row) => column.value(row) !== undefined)) {
      present.add(column.id);
    }
  }
  return present;
}
