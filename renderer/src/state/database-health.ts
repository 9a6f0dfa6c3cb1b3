/**
 * Whether the database can be used normally, for the banner on every page: another window upgraded
 * it, an upgrade failed or waits for another window. Set by services/store.ts from the connection.
 */
import { create } from 'zustand';
import type { LocalizedText } from '@shared/model/localized-text';

export interface DatabaseHealthState {
  state: 'opening' | 'ready' | 'degraded' | 'reload-needed' | 'blocked' | 'failed';
  /** what to tell the user, whenever the state is neither 'opening' nor 'ready' */
  message?: LocalizedText;
}

export const useDatabaseHealth = create<DatabaseHealthState>()(() => ({ state: 'opening' }));
