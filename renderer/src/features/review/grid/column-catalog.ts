import type { CopyValueKind } from '@shared/clipboard';
import type { FigureField } from '@shared/hierarchy';
import type { StatedRates } from '@shared/model/report';
import type { Computed } from '@shared/variance';
import type { LocalizedText } from '@shared/model/localized-text';
import type { GridRow } from '../model/rows';
import { msg } from '@i18n/text';

/** One column the review grid can show, independent of ag-grid. */
export interface ReviewColumn {
  id: string;
  header: LocalizedText;
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

function figure(id: FigureField, header: LocalizedText): ReviewColumn {
  return { id, header, kind: 'money', value: (row) => row.figures[id] };
}

function rate(
  id: 'changeRate' | 'obligationRate' | 'executionRate' | 'projectedRate',
  header: LocalizedText,
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
  header: msg('grid.item'),
  kind: 'text',
  value: (row) => row.label,
  width: 320,
};

/** Every column after the label, in display order. */
export const REVIEW_COLUMNS: readonly ReviewColumn[] = [
  {
    id: 'fiscalYear',
    header: msg('common.fiscalYear'),
    kind: 'number',
    value: (row) => row.line?.fiscalYear,
    width: 100,
  },
  figure('budget', msg('grid.column.budget')),
  figure('originalBudget', msg('grid.column.originalBudget')),
  figure('supplementary', msg('grid.column.supplementary')),
  figure('carriedOver', msg('grid.column.carriedOver')),
  figure('currentBudget', msg('grid.column.currentBudget')),
  figure('requiredBudget', msg('grid.column.requiredBudget')),
  {
    id: 'previousBudget',
    header: msg('grid.previousYear'),
    kind: 'money',
    value: (row) => ok(row.variance.previousBudget),
  },
  {
    id: 'change',
    header: msg('grid.change'),
    kind: 'money',
    value: (row) => ok(row.variance.change),
  },
  rate('changeRate', msg('grid.changeRate'), 'change'),
  figure('obligated', msg('grid.column.obligated')),
  figure('spent', msg('grid.column.spent')),
  rate('obligationRate', msg('grid.obligationRate'), 'obligation'),
  rate('executionRate', msg('grid.executionRate'), 'execution'),
  figure('projectedSpend', msg('grid.column.projectedSpend')),
  rate('projectedRate', msg('grid.projectedRate'), 'projected'),
  {
    id: 'projectedLapse',
    header: msg('grid.projectedLapse'),
    kind: 'money',
    value: (row) => ok(row.variance.projectedLapse),
  },
  figure('funding.national', msg('grid.column.fundingNational')),
  figure('funding.city', msg('grid.column.fundingCity')),
  figure('funding.province', msg('grid.column.fundingProvince')),
  figure('funding.district', msg('grid.column.fundingDistrict')),
  figure('funding.fund', msg('grid.column.fundingFund')),
  figure('funding.specialGrant', msg('grid.column.fundingSpecialGrant')),
  figure('funding.other', msg('grid.column.fundingOther')),
  figure('collected', msg('grid.column.collected')),
  {
    id: 'document',
    header: msg('grid.sourceDocument'),
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
