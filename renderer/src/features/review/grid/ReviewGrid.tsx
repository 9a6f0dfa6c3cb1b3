import { useCallback, useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellKeyDownEvent,
  ColumnState,
  GridApi,
  GridReadyEvent,
  RowClassRules,
} from 'ag-grid-community';
import type { MoneyUnit } from '@shared/money';
import type { GridRow } from '../model/rows';
import { worstSeverity } from '../model/annotations';
import { useT } from '@i18n/language';
import type { ReviewSort } from '@state/review';
import { buildColumnDefs } from './columns';
import { copyText } from './copy';
import { gridTheme } from './theme';

export interface ReviewGridProps {
  rows: GridRow[];
  /** pinned totals: one per document and fiscal year */
  totals: GridRow[];
  unit: MoneyUnit;
  defaultVisible: ReadonlySet<string>;
  selectedId?: string;
  revealTick: number;
  initialColumnState?: ColumnState[];
  onToggle(id: string): void;
  onSelect(row: GridRow): void;
  onSort(sort: ReviewSort | undefined): void;
  onColumnState(state: ColumnState[]): void;
  onCopied(text: string): void;
  onApi?(api: GridApi<GridRow>): void;
}

const rowClassRules: RowClassRules<GridRow> = {
  'row-error': (p) => worstSeverity(p.data?.findings ?? []) === 'error',
  'row-warning': (p) => worstSeverity(p.data?.findings ?? []) === 'warning',
  'row-rule': (p) => !!p.data && p.data.flags.length > 0 && p.data.findings.length === 0,
  'row-group': (p) => !!p.data && p.data.kind !== 'line' && p.data.kind !== 'total',
  'row-total': (p) => p.data?.kind === 'total',
};

export function ReviewGrid(props: ReviewGridProps) {
  const t = useT();
  const apiRef = useRef<GridApi<GridRow> | null>(null);

  const { onToggle, unit, defaultVisible, onColumnState, onSort, onCopied } = props;
  const columnDefs = useMemo(
    () => buildColumnDefs({ unit, t, onToggle, defaultVisible }),
    [unit, onToggle, defaultVisible, t],
  );
  const pinned = props.totals;

  const saveState = useCallback(() => {
    const api = apiRef.current;
    if (api) onColumnState(api.getColumnState());
  }, [onColumnState]);

  const onGridReady = (event: GridReadyEvent<GridRow>) => {
    apiRef.current = event.api;
    props.onApi?.(event.api);
    if (props.initialColumnState) {
      event.api.applyColumnState({ state: props.initialColumnState, applyOrder: true });
    }
  };

  useEffect(() => {
    const api = apiRef.current;
    if (!api || !props.selectedId) return;
    const node = api.getRowNode(props.selectedId);
    if (node?.rowIndex != null) {
      api.ensureIndexVisible(node.rowIndex, 'middle');
      api.setFocusedCell(node.rowIndex, 'label');
    }
    // only when something asks to reveal the selection
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.revealTick]);

  const onCellKeyDown = (event: CellKeyDownEvent<GridRow>) => {
    const key = event.event as KeyboardEvent | null;
    if (!key) return;
    if ((key.ctrlKey || key.metaKey) && key.key.toLowerCase() === 'c') {
      const text = copyText(event.api, unit, t);
      if (text !== undefined) {
        void navigator.clipboard.writeText(text).then(() => onCopied(text));
      }
      key.preventDefault();
    } else if (
      key.key === 'Enter' &&
      event.data?.expandable &&
      event.column.getColId() === 'label'
    ) {
      onToggle(event.data.id);
    }
  };

  return (
    <div className="review-grid" role="region" aria-label={t('grid.budgetGrid')}>
      <AgGridReact<GridRow>
        theme={gridTheme}
        rowData={props.rows}
        columnDefs={columnDefs}
        defaultColDef={{
          sortable: true,
          resizable: true,
          suppressHeaderMenuButton: true,
          wrapHeaderText: true,
        }}
        pinnedBottomRowData={pinned}
        getRowId={(params) => params.data.id}
        rowClassRules={rowClassRules}
        rowSelection={{
          mode: 'multiRow',
          checkboxes: false,
          headerCheckbox: false,
          enableClickSelection: true,
        }}
        postSortRows={(params) => params.nodes.sort((a, b) => a.sourceRowIndex - b.sourceRowIndex)}
        onGridReady={onGridReady}
        onSortChanged={(event) => {
          const sorted = event.api.getColumnState().find((column) => column.sort);
          onSort(sorted?.sort ? { columnId: sorted.colId, direction: sorted.sort } : undefined);
          saveState();
        }}
        onColumnVisible={saveState}
        onColumnMoved={(event) => event.finished && saveState()}
        onColumnResized={(event) => {
          if (!event.finished) return;
          // a figure that no longer fits switches to the compact unit (and back when widened)
          const ids = (event.columns ?? []).map((column) => column.getColId());
          event.api.refreshCells({ columns: ids, force: true });
          saveState();
        }}
        onCellKeyDown={onCellKeyDown}
        onCellFocused={(event) => {
          if (event.rowPinned || event.rowIndex == null) return;
          const data = event.api.getDisplayedRowAtIndex(event.rowIndex)?.data;
          if (data && data.id !== props.selectedId) props.onSelect(data);
        }}
        tooltipShowDelay={300}
        animateRows={false}
        suppressCellFocus={false}
        enableCellTextSelection={false}
      />
    </div>
  );
}
