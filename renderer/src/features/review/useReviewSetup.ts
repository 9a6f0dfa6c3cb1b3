import { useEffect, useState } from 'react';
import type { ColumnState } from 'ag-grid-community';
import type { MoneyUnit } from '@shared/money';
import {
  loadFlagRules,
  openReviewData,
  rememberColumnState as rememberColumns,
  rememberUnit as rememberUnitSetting,
  restoreDocumentInView,
  reviewPreferences,
} from '@services';
import { useReviewData } from '@state/review-data';
import { useReviewView } from '@state/review';

export const GRID_UNITS: readonly MoneyUnit[] = ['원', '천원', '백만원', '억원'];

/** Opens the review's data and the flag rules, and reads the remembered unit and column layout. */
export function useReviewSetup(): { ready: boolean; columnState?: ColumnState[] } {
  const setUnit = useReviewView((state) => state.setUnit);
  const [settings, setSettings] = useState<
    { columnState?: ColumnState[]; documentId?: unknown } | undefined
  >();
  const dataReady = useReviewData((state) => state.status === 'ready');

  useEffect(() => {
    openReviewData();
    void loadFlagRules();
    let cancelled = false;
    reviewPreferences()
      .then(({ unit, columnState, documentId }) => {
        if (cancelled) return;
        if (GRID_UNITS.some((known) => known === unit)) setUnit(unit as MoneyUnit);
        setSettings({
          columnState: Array.isArray(columnState) ? (columnState as ColumnState[]) : undefined,
          documentId,
        });
      })
      .catch(() => !cancelled && setSettings({}));
    return () => {
      cancelled = true;
    };
  }, [setUnit]);

  // the remembered document in view, once the stored documents are known (a deleted one is not)
  const remembered = settings?.documentId;
  useEffect(() => {
    if (!dataReady || remembered === undefined) return;
    restoreDocumentInView(
      remembered,
      useReviewData.getState().documents.map((doc) => doc.id),
    );
  }, [dataReady, remembered]);

  return { ready: settings !== undefined, columnState: settings?.columnState };
}

export function rememberUnit(unit: MoneyUnit) {
  useReviewView.getState().setUnit(unit);
  rememberUnitSetting(unit);
}

export function rememberColumnState(state: ColumnState[]) {
  rememberColumns(state);
}
