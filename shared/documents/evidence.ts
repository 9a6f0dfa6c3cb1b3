import type { DocumentMeta } from '../model/report';
import {
  coversYear,
  documentPart,
  sameOffice,
  sameOrganization,
  type DocumentPart,
} from './identity';

/** One side of a comparison as far as conclusions go: which document, which year. */
export interface SideIdentity {
  documentId?: number;
  meta?: DocumentMeta;
  fiscalYear?: number;
}

/**
 * What two sides have in common, which decides what absence means: a project missing from the
 * later side has ended (종료), and one missing from the earlier side is new (신규), only when both
 * sides cover the same organisation and office and are of the same kind (results against results,
 * plan against plan). Otherwise the row only says the project is not in the other document.
 */
export interface ComparisonEvidence {
  sameDocument: boolean;
  sameOrganization: boolean;
  sameOffice: boolean;
  before: DocumentPart;
  after: DocumentPart;
  sameKind: boolean;
  concludes: boolean;
  /**
   * Both years are ones the document covers in full. False for one document's own year against a
   * year it only touches on (a 2025 plan's `2026년` column): there a missing figure means only that
   * the year is not stated, and the row concludes nothing (absent for comparisons stored before).
   */
  bothYearsCovered?: boolean;
}

function partOf(side: SideIdentity): DocumentPart {
  if (!side.meta) return 'unknown';
  const year = side.fiscalYear ?? side.meta.fiscalYears.at(-1);
  return year === undefined ? 'unknown' : documentPart(side.meta, year);
}

function covered(side: SideIdentity): boolean {
  const year = side.fiscalYear ?? side.meta?.fiscalYears.at(-1);
  return !side.meta || year === undefined || coversYear(side.meta, year);
}

export function comparisonEvidence(before: SideIdentity, after: SideIdentity): ComparisonEvidence {
  const sameDocument =
    (before.documentId !== undefined && before.documentId === after.documentId) ||
    (!!before.meta && !!after.meta && before.meta.sha256 === after.meta.sha256);
  const both = before.meta && after.meta ? { a: before.meta, b: after.meta } : undefined;
  const organization = sameDocument || (!!both && sameOrganization(both.a, both.b));
  const office = sameDocument || (!!both && sameOffice(both.a, both.b));
  const beforePart = partOf(before);
  const afterPart = partOf(after);
  const sameKind = beforePart !== 'unknown' && beforePart === afterPart;
  return {
    sameDocument,
    sameOrganization: organization,
    sameOffice: office,
    before: beforePart,
    after: afterPart,
    sameKind,
    concludes: organization && office && sameKind,
    bothYearsCovered: covered(before) && covered(after),
  };
}
