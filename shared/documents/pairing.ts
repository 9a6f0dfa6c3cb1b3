import type { LocalizedText } from '../model/localized-text';
import type { DocumentMeta } from '../model/report';
import { documentPart, primaryYear, sameOffice, sameOrganization } from './identity';

export type ComparisonKindToPropose = 'year-over-year' | 'plan-vs-results' | 'departments';

export interface StoredDocumentInfo {
  id: number;
  meta: DocumentMeta;
}

/** What 비교 opens on: the fields of the compare page's choice, and why. */
export interface ProposedComparison {
  kind: ComparisonKindToPropose;
  beforeId?: number;
  afterId?: number;
  beforeYear?: number;
  afterYear?: number;
  /** why these, or why no pair was proposed (the user then picks the earlier document) */
  reason: LocalizedText;
}

interface Part {
  doc: StoredDocumentInfo;
  year: number;
  part: ReturnType<typeof documentPart>;
}

function partsOf(documents: readonly StoredDocumentInfo[]): Part[] {
  return documents.flatMap((doc) =>
    [...new Set(doc.meta.fiscalYears)].map((year) => ({
      doc,
      year,
      part: documentPart(doc.meta, year),
    })),
  );
}

const together = (a: StoredDocumentInfo, b: StoredDocumentInfo) =>
  a.id === b.id || (sameOrganization(a.meta, b.meta) && sameOffice(a.meta, b.meta));

/** The document to show alone: the one in view, else the latest by year, then by import. */
function latest(documents: readonly StoredDocumentInfo[], inView?: number) {
  const shown = documents.find((doc) => doc.id === inView);
  if (shown) return shown;
  const year = (doc: StoredDocumentInfo) => primaryYear(doc.meta) ?? 0;
  return [...documents].sort((a, b) => year(a) - year(b) || a.id - b.id).at(-1);
}

const NO_PAIR: LocalizedText = {
  ko: '같은 기관·부서의 비교할 자료가 없습니다. 이전 문서를 골라 주세요.',
  en: 'No document of the same organisation and office to compare with; pick the earlier one.',
};

/**
 * A pair to compare by default, from the stored documents' metadata alone: for year over year the
 * same organisation and office in consecutive years (results against results first, then plan
 * against plan, then one document's results against its plan); for plan against results a plan
 * and the results of the same year. Never two documents of different organisations or offices:
 * without such a pair only the later document is chosen. `inView` is the document the user is
 * looking at: pairs with it come first.
 */
export function proposeComparison(
  kind: ComparisonKindToPropose,
  documents: readonly StoredDocumentInfo[],
  inView?: number,
): ProposedComparison {
  const alone = latest(documents, inView);
  if (kind === 'departments') {
    if (!alone) return { kind, reason: NO_PAIR };
    return {
      kind,
      afterId: alone.id,
      afterYear: primaryYear(alone.meta),
      reason: { ko: '보고 있는 문서의 부서들', en: 'The departments of the document in view' },
    };
  }
  const parts = partsOf(documents);
  const candidates: { before: Part; after: Part; score: number[] }[] = [];
  for (const before of parts)
    for (const after of parts) {
      if (!together(before.doc, after.doc)) continue;
      const viewed = +(before.doc.id === inView || after.doc.id === inView);
      if (kind === 'year-over-year') {
        if (after.year !== before.year + 1) continue;
        const sameKind = before.part !== 'unknown' && before.part === after.part;
        const reported = +(sameKind && before.part === 'report');
        candidates.push({
          before,
          after,
          score: [viewed, +sameKind, reported, after.year, after.doc.id, before.doc.id],
        });
      } else if (
        before.year === after.year &&
        before.part === 'plan' &&
        after.part === 'report' &&
        before.doc.id !== after.doc.id
      )
        candidates.push({ before, after, score: [viewed, after.year, after.doc.id] });
    }
  const best = candidates.sort((a, b) => compareScores(b.score, a.score))[0];
  if (!best) return { kind, afterId: alone?.id, reason: NO_PAIR };
  return {
    kind,
    beforeId: best.before.doc.id,
    afterId: best.after.doc.id,
    beforeYear: best.before.year,
    afterYear: best.after.year,
    reason:
      kind === 'plan-vs-results'
        ? {
            ko: `같은 기관·부서의 ${best.after.year}년 계획과 실적`,
            en: `The same office's FY${best.after.year} plan and results`,
          }
        : {
            ko: `같은 기관·부서의 ${best.before.year}년과 ${best.after.year}년`,
            en: `The same office in FY${best.before.year} and FY${best.after.year}`,
          },
  };
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
