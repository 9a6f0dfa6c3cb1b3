import type { ComparisonKind } from '@shared/compare/types';

/** What the user chose on the compare page; also the print route's query string. */
export interface CompareChoice {
  kind: ComparisonKind;
  /** the earlier (or plan) document */
  beforeId?: number;
  /** the later (or results) document; for departments, the one document */
  afterId?: number;
  beforeYear?: number;
  afterYear?: number;
  withChildren?: boolean;
}
