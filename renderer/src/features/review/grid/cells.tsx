import type { CustomCellRendererProps } from 'ag-grid-react';
import { formatForCopy } from '@shared/clipboard';
import { formatPercent, type MoneyUnit } from '@shared/money';
import { reasonText } from '@shared/variance';
import type { GridRow } from '../model/rows';
import type { LocalizedText } from '@shared/model/localized-text';
import { PercentText } from '@components/money/MoneyText';
import type { ReviewColumn } from './column-catalog';
import { STATED_DIFFERS_STYLE } from '@components/flag-style';
import { FittedMoney } from './fitted-money';
import { unitName } from '@i18n/unit-name';
import type { Translate } from '@i18n/language';
import { asIs, msg } from '@i18n/text';

const CATEGORY_TEXT: Record<string, LocalizedText> = {
  expenditure: msg('grid.expenditure'),
  revenue: msg('grid.revenue'),
  summary: msg('grid.accountsSummary'),
};

/** Labels the app makes itself (not names from the document) follow the UI language. */
export function rowLabel(row: GridRow, t: Translate): string {
  if (row.kind === 'total') return row.totalLabel ? t(row.totalLabel) : t('grid.total');
  if (row.kind === 'category') return t(CATEGORY_TEXT[String(row.value)] ?? asIs(row.label));
  if (row.kind === 'fiscalYear') return t('grid.fiscalYear', { year: row.value ?? '' });
  return row.label;
}

export interface TreeCellParams {
  t: Translate;
  onToggle(id: string): void;
}

/** The 구분 cell: indent, expand/collapse button and the name (in full on hover when cut). */
export function TreeCell(props: CustomCellRendererProps<GridRow> & TreeCellParams) {
  const row = props.data;
  if (!row) return null;
  const { t } = props;
  const label = rowLabel(row, t);
  return (
    <span className="tree-cell" style={{ paddingLeft: row.depth * 14 }}>
      {row.expandable ? (
        <button
          type="button"
          className="tree-toggle"
          aria-expanded={row.expanded}
          aria-label={t(row.expanded ? msg('grid.collapse') : msg('grid.expand'))}
          tabIndex={-1}
          onClick={(event) => {
            event.stopPropagation();
            props.onToggle(row.id);
          }}
        >
          {row.expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span className="tree-spacer" />
      )}
      <span className={row.kind === 'line' ? 'tree-label' : 'tree-label group'} title={label}>
        {label}
      </span>
    </span>
  );
}

export interface MoneyCellParams {
  unit: MoneyUnit;
  column: ReviewColumn;
  t: Translate;
}

/** px a cell's figure may take: the column's width less its padding (and the ≠ mark). */
function cellRoom(
  props: CustomCellRendererProps<GridRow> & MoneyCellParams,
  marked: boolean,
): number | undefined {
  // `column` is the review column (our params override ag-grid's): ask the grid for the width
  const width = props.api.getColumn(props.column.id)?.getActualWidth();
  return width === undefined ? undefined : width - CELL_PADDING - (marked ? MARK_WIDTH : 0);
}
const CELL_PADDING = 18;
const MARK_WIDTH = 24;

/** A money cell; on a parent line whose children add up differently, the children's sum is shown too. */
export function MoneyCell(props: CustomCellRendererProps<GridRow> & MoneyCellParams) {
  const row = props.data;
  if (!row) return null;
  const value = props.column.value(row);
  const sum = row.line ? row.childSum?.[props.column.id as keyof GridRow['figures']] : undefined;
  const differs = typeof value === 'number' && sum !== undefined && sum !== value;
  const sumText = differs
    ? `${props.t(msg('grid.sumChildren'))}: ${formatForCopy(sum, 'money', props.unit)}`
    : '';
  const mark = props.column.mark?.(row);
  return (
    <span className="num-cell">
      {mark && (
        <span className="cell-mark" title={props.t(mark.full)}>
          {props.t(mark.short)}
        </span>
      )}
      {differs && (
        <span
          className={`flag ${STATED_DIFFERS_STYLE.className}`}
          role="img"
          aria-label={sumText}
          title={sumText}
        >
          {STATED_DIFFERS_STYLE.symbol}
        </span>
      )}
      <FittedMoney
        won={typeof value === 'number' ? value : undefined}
        unit={props.unit}
        unitLabel={props.t(unitName(props.unit))}
        room={cellRoom(props, differs || mark !== undefined)}
      />
    </span>
  );
}

/** A rate cell: the computed rate, and the document's rate beside it when they differ. */
export function RateCell(props: CustomCellRendererProps<GridRow> & MoneyCellParams) {
  const row = props.data;
  if (!row || !props.column.computed) return null;
  const result = props.column.computed(row);
  const stated = props.column.stated ? row.line?.statedRates?.[props.column.stated] : undefined;
  const computedText = result.ok ? formatPercent(result.value, 1, 'minus') : undefined;
  const statedText = stated === undefined ? undefined : formatPercent(stated, 1, 'minus');
  const differs = statedText !== undefined && statedText !== computedText;
  return (
    <span className="num-cell">
      {differs && (
        <span
          className={`stated ${STATED_DIFFERS_STYLE.className}`}
          title={props.t(msg('grid.stated'))}
        >
          {props.t(msg('grid.documentShort'))} {statedText}
        </span>
      )}
      {result.ok ? (
        <PercentText value={result.value} />
      ) : (
        row.kind !== 'total' &&
        result.reason !== 'missing' && (
          <span className="no-value">{props.t(reasonText(result.reason))}</span>
        )
      )}
    </span>
  );
}
