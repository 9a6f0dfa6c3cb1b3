/** Saved briefing packs, newest first. Filled by services (loadPacks, savePack, deletePack). */
import { create } from 'zustand';
import type { BriefingPack } from '@data/stored';

export interface PacksState {
  /** null until the first list has loaded */
  packs: BriefingPack[] | null;
  error?: string;
}

export const usePacks = create<PacksState>()(() => ({ packs: null }));
