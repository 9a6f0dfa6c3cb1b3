import type { Store } from '@db/api';
import { getStore } from '@db/connection';

/** The store the review and import flows use (opened on first use; one place to swap it). */
export function reviewStore(): Promise<Store> {
  return getStore();
}
