import { useEffect, useState } from 'react';
import type { ColumnState } from 'ag-grid-community';
import type { MoneyUnit } from '@shared/money';
import { useReviewData } from '@state/review-data';
import { useReviewView } from '@state/review';
import { reviewStore } from '@state/review-store';
import { useFlagRules } from './flag-rules/useFlagRules';

export const UNIT_SETTING = 'review.unit';
export const GRID_UNITS: readonly MoneyUnit[] = ['원', '천원', '백만원', '억원'];
export const COLUMN_STATE_SETTING = 'review.columnState';

/** Loads the data, the flag rules and the remembered unit and column layout, once per visit. */
export function useReviewSetup(): { ready: boolean; columnState?: ColumnState[] } {
  const load = useReviewData((state) => state.load);
  const loadRules = useFlagRules((state) => state.load);
  const setUnit = useReviewView((state) => state.setUnit);
  const [settings, setSettings] = useState<{ columnState?: ColumnState[] } | undefined>();

  useEffect(() => {
    void load();
    void loadRules();
    let cancelled = false;
    reviewStore()
      .then((store) =>
        Promise.all([
          store.getSetting<MoneyUnit>(UNIT_SETTING),
          store.getSetting<ColumnState[]>(COLUMN_STATE_SETTING),
        ]),
      )
      .then(([unit, columnState]) => {
        if (cancelled) return;
        if (unit && (GRID_UNITS as readonly string[]).includes(unit)) setUnit(unit);
        setSettings({ columnState: Array.isArray(columnState) ? columnState : undefined });
      })
      .catch(() => !cancelled && setSettings({}));
    return () => {
      cancelled = true;
    };
  }, [load, loadRules, setUnit]);

  return { ready: settings !== undefined, columnState: settings?.columnState };
}

export function rememberUnit(unit: MoneyUnit) {
  useReviewView.getState().setUnit(unit);
  void reviewStore().then((store) => store.setSetting(UNIT_SETTING, unit));
}

export function rememberColumnState(state: ColumnState[]) {
  void reviewStore().then((store) => store.setSetting(COLUMN_STATE_SETTING, state));
}
