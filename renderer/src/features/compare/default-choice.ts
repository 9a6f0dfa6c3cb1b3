import { proposeComparison } from '@shared/documents/pairing';
import type { ComparisonKind } from '@shared/compare/types';
import type { LocalizedText } from '@shared/model/localized-text';
import type { StoredDocument } from '@data/stored';
import type { CompareChoice } from './compare-query';

export interface ProposedChoice {
  choice: CompareChoice;
  /** why these documents, or why none was paired (shown above the pickers) */
  reason: LocalizedText;
}

/**
 * What 비교 opens on for a kind: the domain's pairing (shared/documents/pairing) — the same
 * organisation and office in consecutive years, a plan and the results of its year, or the
 * document in view alone — never two unrelated documents.
 */
export function defaultChoice(
  kind: ComparisonKind,
  documents: readonly StoredDocument[],
  inView?: number,
): ProposedChoice {
  const proposal = proposeComparison(kind, documents, inView);
  const choice: CompareChoice = { kind };
  if (proposal.beforeId !== undefined) choice.beforeId = proposal.beforeId;
  if (proposal.afterId !== undefined) choice.afterId = proposal.afterId;
  if (proposal.beforeYear !== undefined) choice.beforeYear = proposal.beforeYear;
  if (proposal.afterYear !== undefined) choice.afterYear = proposal.afterYear;
  return { choice, reason: proposal.reason };
}

/** Whether the choice names every document its kind needs (else nothing is computed yet). */
export function choiceComplete(choice: CompareChoice): boolean {
  if (choice.afterId === undefined) return false;
  return choice.kind === 'departments' || choice.beforeId !== undefined;
}
