import { create } from 'zustand';
import type { MoneyUnit } from '@shared/money';
import type { StoredFinding } from '@data/stored';

/** Which rows the flag filter keeps. */
export type FlagFilter = 'all' | 'flagged' | 'findings' | 'rules' | 'notes';

export interface ReviewFilters {
  documentId?: number;
  fiscalYear?: number;
  department?: string;
  flag: FlagFilter;
  search: string;
}

export interface ReviewSort {
  columnId: string;
  direction: 'asc' | 'desc';
}

interface ReviewViewState {
  unit: MoneyUnit;
  filters: ReviewFilters;
  sort?: ReviewSort;
  /** ids of expanded tree rows; undefined until the first data arrives (then: open to departments) */
  expanded?: ReadonlySet<string>;
  /** the selected tree row id, whose source and notes the side panel shows */
  selectedId?: string;
  /** bumps when something asks the grid to scroll the selected row into view */
  revealTick: number;
  /** the finding the source panel shows (its figures marked), if one was chosen for the row */
  focusedFinding?: StoredFinding;
  focusFinding(finding: StoredFinding | undefined): void;
  setUnit(unit: MoneyUnit): void;
  setFilters(patch: Partial<ReviewFilters>): void;
  setSort(sort: ReviewSort | undefined): void;
  setExpanded(expanded: ReadonlySet<string>): void;
  toggleExpanded(id: string): void;
  /** selects a row; `expanded` (the full set, when given) replaces the expansion, to reveal it */
  select(
    id: string | undefined,
    options?: { reveal?: boolean; expanded?: ReadonlySet<string>; finding?: StoredFinding },
  ): void;
}

export const useReviewView = create<ReviewViewState>()((set) => ({
  unit: '천원',
  filters: { flag: 'all', search: '' },
  revealTick: 0,
  setUnit: (unit) => set({ unit }),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  setSort: (sort) => set({ sort }),
  setExpanded: (expanded) => set({ expanded }),
  focusFinding: (focusedFinding) => set({ focusedFinding }),
  toggleExpanded: (id) =>
    set((state) => {
      const next = new Set(state.expanded ?? []);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { expanded: next };
    }),
  select: (id, options = {}) =>
    set((state) => {
      return {
        selectedId: id,
        focusedFinding: options.finding,
        expanded: options.expanded ?? state.expanded,
        revealTick: options.reveal ? state.revealTick + 1 : state.revealTick,
      };
    }),
}));
