import type { BudgetLine, PersonnelRow, SourceRef } from './report';
import type { AuditTable } from './table';
import type { LocalizedText } from './localized-text';

/** A name as the document wrote it, so the audit can spot one that is one character off a known one. */
export interface ObservedName {
  kind: 'funding' | 'department';
  name: string;
  source: SourceRef;
}

/**
 * A sub-project table (사업 / 예산액 / 주관부서) read under a project whose statement gave an amount:
 * the table's top-level rows (child lines of the project) must add up to that amount.
 */
export interface SubProjectLink {
  /** key of the project's line (from its statement) */
  projectKey: string;
  /** keys of the lines made from the table's top-level rows */
  childKeys: string[];
  /** the table's total row, or its first row: where the finding points */
  source: SourceRef;
  /** why the table was taken for this project's sub-projects, when it was a guess */
  inferred?: LocalizedText;
}

/** Everything the importer hands to the consistency audit (shared/audit). */
export interface AuditInput {
  tables: AuditTable[];
  lines: BudgetLine[];
  personnel: PersonnelRow[];
  names: ObservedName[];
  subProjects?: SubProjectLink[];
  /**
   * Keys of lines whose parent was inferred from the layout (a statement under a sub-heading of a
   * project that has its own), not stated: a total over them is a warning, not an error.
   */
  inferredLinks?: string[];
}
