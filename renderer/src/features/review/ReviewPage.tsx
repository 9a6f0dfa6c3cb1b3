import './review.css';
import './grid/grid.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { StoredFinding, StoredLine } from '@data/stored';
import { ancestorIds, expandableIds } from '@shared/hierarchy';
import { EmptyState } from '@components/EmptyState';
import { ReviewGrid } from './grid/ReviewGrid';
import { useT } from '@i18n/language';
import { useReviewData } from '@state/review-data';
import { useReviewView } from '@state/review';
import { useFlagRules } from '@state/flag-rules';
import { FlagLegend } from './FlagLegend';
import { useReviewModel } from './model/useReviewModel';
import type { GridRow } from './model/rows';
import { ReviewToolbar } from './ReviewToolbar';
import { ReviewLowerTabs } from './ReviewLowerTabs';
import { GridExport } from './GridExport';
import { SourcePanel } from './source/SourcePanel';
import { rememberColumnState, useReviewSetup } from './useReviewSetup';
import { msg } from '@i18n/text';

const lineNodeId = (line: StoredLine) => `L:${line.documentId}:${line.key}`;

/** 검토: the budget grid with its flags, the source panel, notes, findings and charts. */
export function ReviewPage() {
  const t = useT();
  const setup = useReviewSetup();
  const { status, error, documents, lines } = useReviewData();
  if (status === 'error') {
    return (
      <EmptyState
        title={msg('review.loadFailed')}
        body={msg('review.storageError', { error: error ?? '' })}
      />
    );
  }
  if (!setup.ready || status !== 'ready') {
    return (
      <p className="hint" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (documents.length === 0 || lines.length === 0) {
    return (
      <EmptyState title={msg('review.emptyTitle')} body={msg('review.emptyBody')}>
        <a href="#/library">{t('review.goToLibrary')}</a>
      </EmptyState>
    );
  }
  return <ReviewWorkspace columnState={setup.columnState} />;
}

function ReviewWorkspace({
  columnState,
}: {
  columnState?: Parameters<typeof rememberColumnState>[0];
}) {
  const t = useT();
  const { documents, lines } = useReviewData();
  const rules = useFlagRules((state) => state.rules);
  const view = useReviewView();
  const model = useReviewModel(rules);
  const [api, setApi] = useState<GridApi<GridRow>>();
  const [copied, setCopied] = useState('');
  const pendingJump = useRef<{ id: string; finding?: StoredFinding } | undefined>(undefined);

  const selectedRow = useMemo(() => {
    const node = view.selectedId ? model.hierarchy.byId.get(view.selectedId) : undefined;
    return node ? model.rowOf(node) : undefined;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.selectedId, model.rows]);

  const revealing = useCallback(
    (id: string) => new Set([...model.expanded, ...ancestorIds(model.hierarchy.byId, id)]),
    [model.expanded, model.hierarchy],
  );
  const openLine = useCallback(
    (line: StoredLine, finding?: StoredFinding) => {
      const id = lineNodeId(line);
      if (model.hierarchy.byId.has(id)) {
        useReviewView.getState().select(id, { reveal: true, expanded: revealing(id), finding });
      } else {
        useReviewView.getState().setFilters({
          documentId: undefined,
          fiscalYear: undefined,
          department: undefined,
          flag: 'all',
          search: '',
        });
        pendingJump.current = { id, finding };
      }
    },
    [model.hierarchy, revealing],
  );
  useEffect(() => {
    const pending = pendingJump.current;
    if (!pending || !model.hierarchy.byId.has(pending.id)) return;
    pendingJump.current = undefined;
    const { id, finding } = pending;
    useReviewView.getState().select(id, { reveal: true, expanded: revealing(id), finding });
  }, [model.hierarchy, revealing]);

  const setExpanded = view.setExpanded;
  const expanded = model.expanded;
  const onToggle = useCallback(
    (id: string) => {
      const next = new Set(expanded);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      setExpanded(next);
    },
    [expanded, setExpanded],
  );
  const allYears = useMemo(
    () =>
      lines.filter(
        (line) =>
          view.filters.documentId === undefined || line.documentId === view.filters.documentId,
      ),
    [lines, view.filters.documentId],
  );
  const threshold = rules.find((rule) => rule.kind === 'execution-below' && rule.enabled);

  return (
    <div className="review-page">
      <ReviewToolbar
        documents={documents}
        lines={lines}
        api={api}
        onExpandAll={() => setExpanded(expandableIds(model.hierarchy.roots))}
        onCollapseAll={() => setExpanded(new Set())}
      />
      <FlagLegend />
      <p className="grid-summary" role="status">
        {t('review.rowCount', {
          rowsCount: model.rows.length.toLocaleString(),
          filteredLinesCount: model.filteredLines.length.toLocaleString(),
        })}
        {copied && ` · ${t('review.copiedRows', { rows: copied.split('\r\n').length })}`}
      </p>
      <GridExport
        documents={documents}
        rows={model.rows}
        totals={model.totals}
        defaultVisible={model.defaultVisible}
        api={api}
      />
      <div className="review-body">
        <ReviewGrid
          key={documents.length}
          rows={model.rows}
          totals={model.totals}
          unit={view.unit}
          defaultVisible={model.defaultVisible}
          selectedId={view.selectedId}
          revealTick={view.revealTick}
          initialColumnState={columnState}
          onToggle={onToggle}
          onSelect={(row) => view.select(row.id)}
          onSort={view.setSort}
          onColumnState={rememberColumnState}
          onCopied={setCopied}
          onApi={setApi}
        />
        <SourcePanel row={selectedRow} documents={documents} />
      </div>
      <ReviewLowerTabs
        documents={documents}
        onOpen={openLine}
        chartLines={model.filteredLines}
        allYears={allYears}
        unit={view.unit}
        threshold={threshold?.kind === 'execution-below' ? threshold.percent : undefined}
        onDepartment={(department) => view.setFilters({ department })}
      />
    </div>
  );
}
