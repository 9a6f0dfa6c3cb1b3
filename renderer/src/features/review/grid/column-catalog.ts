import type { CopyValueKind } from '@shared/clipboard';
import type { FigureField } from '@shared/hierarchy';
import type { FundingSource, StatedRates } from '@shared/model/report';
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
  /** the initial width in px; the default set's widths fit 1280×720 with the source panel open */
  width?: number;
  /** the column's full name when the header is a short label (the header's tooltip) */
  fullName?: LocalizedText;
  /** a short mark beside the cell's figure, with its full text as tooltip (a partial funding split) */
  mark?(row: GridRow): { short: LocalizedText; full: LocalizedText } | undefined;
}

const ok = (result: Computed) => (result.ok ? result.value : undefined);

const PARTIAL = { short: msg('grid.fundingPartial'), full: msg('grid.fundingPartialFull') };

/** A funding part: its figure, marked on a line whose document names only some of the payers. */
function fundingFigure(id: `funding.${FundingSource}`, header: LocalizedText): ReviewColumn {
  return {
    ...figure(id, header),
    mark: (row) =>
      row.line?.fundingPartial && row.figures[id] !== undefined ? PARTIAL : undefined,
  };
}

/** Who paid what was spent, where the document splits the spent figure apart (the line's own). */
function spentFunding(source: FundingSource, header: LocalizedText): ReviewColumn {
  return {
    id: `spentFunding.${source}`,
    header,
    kind: 'money',
    value: (row) => row.line?.spentFunding?.[source],
  };
}

function figure(id: FigureField, header: LocalizedText, width?: number): ReviewColumn {
  const column: ReviewColumn = { id, header, kind: 'money', value: (row) => row.figures[id] };
  if (width !== undefined) column.width = width;
  return column;
}

function rate(
  id: 'changeRate' | 'obligationRate' | 'executionRate' | 'projectedRate',
  header: LocalizedText,
  stated: keyof StatedRates,
  width = 96,
): ReviewColumn {
  return {
    id,
    header,
    kind: 'percent',
    value: (row) => ok(row.variance[id]),
    computed: (row) => row.variance[id],
    stated,
    width,
  };
}

export const LABEL_COLUMN: ReviewColumn = {
  id: 'label',
  header: msg('grid.item'),
  kind: 'text',
  value: (row) => row.label,
  width: 190,
};

/** The row's marks (findings and rule flags): their count when copied or exported. */
export const FLAGS_COLUMN: ReviewColumn = {
  id: 'flags',
  header: msg('grid.flags'),
  fullName: msg('grid.flagsFull'),
  kind: 'number',
  value: (row) => row.findings.length + row.flags.length || undefined,
  width: 56,
};

/** The row's notes and questions: their count. */
export const NOTE_COLUMN: ReviewColumn = {
  id: 'note',
  header: msg('grid.note'),
  fullName: msg('grid.noteFull'),
  kind: 'number',
  value: (row) => row.noteCount || undefined,
  width: 48,
};

/** Every column after the label, in display order. */
export const REVIEW_COLUMNS: readonly ReviewColumn[] = [
  {
    id: 'fiscalYear',
    header: msg('common.fiscalYear'),
    kind: 'number',
    value: (row) => row.line?.fiscalYear,
    width: 80,
  },
  FLAGS_COLUMN,
  NOTE_COLUMN,
  {
    // the one figure for the year's budget (shared/figures): 예산현액 > 예산액 > 본예산 > 소요예산
    id: 'yearBudget',
    header: msg('grid.column.yearBudget'),
    fullName: msg('grid.column.yearBudgetFull'),
    kind: 'money',
    value: (row) => ok(row.variance.currentBudget),
    width: 96,
  },
  figure('spent', msg('grid.column.spent'), 92),
  rate('executionRate', msg('grid.executionRate'), 'execution', 66),
  {
    id: 'projectedLapse',
    header: msg('grid.projectedLapse'),
    kind: 'money',
    value: (row) => ok(row.variance.projectedLapse),
    width: 96,
  },
  {
    id: 'previousBudget',
    header: msg('grid.previousYear'),
    kind: 'money',
    value: (row) => ok(row.variance.previousBudget),
    width: 96,
  },
  {
    id: 'change',
    header: msg('grid.change'),
    kind: 'money',
    value: (row) => ok(row.variance.change),
    width: 88,
  },
  figure('budget', msg('grid.column.budget')),
  figure('originalBudget', msg('grid.column.originalBudget')),
  figure('supplementary', msg('grid.column.supplementary')),
  figure('carriedOver', msg('grid.column.carriedOver')),
  figure('currentBudget', msg('grid.column.currentBudget')),
  figure('requiredBudget', msg('grid.column.requiredBudget')),
  rate('changeRate', msg('grid.changeRate'), 'change'),
  figure('obligated', msg('grid.column.obligated')),
  rate('obligationRate', msg('grid.obligationRate'), 'obligation'),
  figure('projectedSpend', msg('grid.column.projectedSpend')),
  rate('projectedRate', msg('grid.projectedRate'), 'projected'),
  fundingFigure('funding.national', msg('grid.column.fundingNational')),
  fundingFigure('funding.city', msg('grid.column.fundingCity')),
  fundingFigure('funding.province', msg('grid.column.fundingProvince')),
  fundingFigure('funding.district', msg('grid.column.fundingDistrict')),
  fundingFigure('funding.fund', msg('grid.column.fundingFund')),
  fundingFigure('funding.specialGrant', msg('grid.column.fundingSpecialGrant')),
  fundingFigure('funding.other', msg('grid.column.fundingOther')),
  spentFunding('national', msg('grid.column.spentNational')),
  spentFunding('city', msg('grid.column.spentCity')),
  spentFunding('province', msg('grid.column.spentProvince')),
  spentFunding('district', msg('grid.column.spentDistrict')),
  spentFunding('fund', msg('grid.column.spentFund')),
  spentFunding('specialGrant', msg('grid.column.spentSpecialGrant')),
  spentFunding('other', msg('grid.column.spentOther')),
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

/**
 * What a member reads at a glance (issue 13): name, the year's budget, spent, rate, projected
 * lapse, last year, change, marks and notes. Sized to fit 1280×720 beside the source panel; every
 * other column waits in the column chooser.
 */
export const DEFAULT_COLUMN_IDS: readonly string[] = [
  'label',
  'flags',
  'note',
  'yearBudget',
  'spent',
  'executionRate',
  'projectedLapse',
  'previousBudget',
  'change',
];

/** Shown whatever the data: the name and the row's marks and notes. */
const ALWAYS_SHOWN = new Set(['label', 'flags', 'note']);

/**
 * The default visible set: the default columns that have a value on some row (a plan with no
 * spending yet shows no empty 지출액 and 집행률 columns), plus the name, marks and notes.
 */
export function defaultColumns(rows: readonly GridRow[]): Set<string> {
  const shown = new Set<string>();
  for (const id of DEFAULT_COLUMN_IDS) {
    const column = columnById(id);
    if (!column) continue;
    if (ALWAYS_SHOWN.has(id) || rows.some((row) => column.value(row) !== undefined)) shown.add(id);
  }
  return shown;
}
