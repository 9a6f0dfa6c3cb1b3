/** Computing a comparison (비교, and its print view) from the stored documents. */
import { FLAG_RULES_SETTING, readFlagRules } from '@shared/flags/rules';
import {
  applyFlagRules,
  compareDepartments,
  comparePlanVsResults,
  compareYearOverYear,
} from '@shared/compare';
import type { Comparison, MatchDecision } from '@shared/compare/types';
import type { Store } from '@db/api';
import type { CompareChoice } from '@data/compare-choice';
import type { StoredDocument } from '@data/stored';
import { getStore } from '../store';

/** the user's answers to match suggestions (비교 › 제안), kept in settings */
export const DECISIONS_SETTING = 'compare.matchDecisions';

export interface LoadedComparison {
  comparison: Comparison;
  context: { council?: string; session?: string };
}

const sideLabel = (doc: StoredDocument, year?: number) =>
  year !== undefined
    ? `${year}년`
    : (doc.meta.fiscalYears.at(-1)?.toString().concat('년') ?? doc.meta.title);

/** Reads the chosen documents from the store, computes the comparison, applies the user's rules. */
export async function loadComparison(choice: CompareChoice): Promise<LoadedComparison> {
  const store = await getStore();
  const loaded = await computeComparison(store, choice);
  const documents = await store.listDocuments();
  const after = documents.find((doc) => doc.id === choice.afterId);
  const rules = readFlagRules(await store.getSetting(FLAG_RULES_SETTING));
  const comparison = applyFlagRules(loaded.comparison, rules, {
    fiscalYear: choice.afterYear ?? (after ? Math.max(...after.meta.fiscalYears) : undefined),
    asOf: after?.meta.date,
  });
  return { ...loaded, comparison };
}

async function computeComparison(store: Store, choice: CompareChoice): Promise<LoadedComparison> {
  const documents = await store.listDocuments();
  const find = (id: number | undefined, role: string) => {
    const doc = documents.find((candidate) => candidate.id === id);
    if (!doc) throw new Error(`${role} 문서를 고르세요.`);
    return doc;
  };
  const after = find(choice.afterId, choice.kind === 'plan-vs-results' ? '실적 보고' : '비교할');
  const context = { council: after.meta.council, session: after.meta.session };
  const side = async (doc: StoredDocument, year?: number) => ({
    label: sideLabel(doc, year),
    documentId: doc.id,
    // the evidence for 종료/신규: which organisation, office and kind each side is
    meta: doc.meta,
    fiscalYear: year,
    lines: await store.linesFor({ documentIds: [doc.id] }),
    findings: await store.findingsFor({ documentIds: [doc.id] }),
  });
  if (choice.kind === 'departments') {
    const loaded = await side(after);
    const personnel = await store.personnelFor({ documentIds: [after.id] });
    return {
      comparison: compareDepartments({
        side: { ...loaded, label: after.meta.title, personnel },
        fiscalYear: choice.afterYear,
      }),
      context,
    };
  }
  const before = find(choice.beforeId, choice.kind === 'plan-vs-results' ? '계획' : '이전');
  const decisions = (await store.getSetting<MatchDecision[]>(DECISIONS_SETTING)) ?? [];
  if (choice.kind === 'plan-vs-results') {
    const plan = { ...(await side(before)), label: before.meta.title };
    const results = { ...(await side(after)), label: after.meta.title };
    return {
      comparison: comparePlanVsResults({
        plan,
        results,
        decisions,
        withChildren: choice.withChildren,
      }),
      context,
    };
  }
  return {
    comparison: compareYearOverYear({
      before: await side(before, choice.beforeYear),
      after: await side(after, choice.afterYear),
      decisions,
      withChildren: choice.withChildren,
    }),
    context,
  };
}
