import type { BudgetLine, PersonnelRow, SourceRef } from './report';
import type { AuditTable } from './table';
import type { LocalizedText } from './localized-text';
import type { MoneyUnit } from '../money/types';

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

/** A figure as printed: which line holds it, and the unit and decimals it was written in. */
export interface PrintedFigure {
  key: string;
  unit: MoneyUnit;
  decimals: number;
}

/**
 * A heading or item that states an amount (`1. 국어 정보자원 확대(57억원)`, `ㅇ 공무직 인건비 : 100백만원`)
 * over the items of the next marker level below it (`□ …(3,180백만원)`, `- … 400백만원`), every one
 * of them stating its own amount: the outline makes them its parts, nothing else in its scope does.
 */
export interface OutlineGroup {
  parent: PrintedFigure;
  children: PrintedFigure[];
  source: SourceRef;
}

/**
 * A multiplication printed in the text (`2명*3.5백만원 = 70백만원`, `20만원×3,000명`): its result is
 * after `=`, or, for a formula that is the only item under an amount, that amount (`whole`).
 */
export interface StatedFormula {
  /** the item's text, without its marker */
  text: string;
  source: SourceRef;
  whole?: PrintedFigure;
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
  /** amounts stated over the items listed under them, for the audit to add up */
  outlineGroups?: OutlineGroup[];
  /** multiplications printed in the text, for the audit to multiply out */
  formulas?: StatedFormula[];
}
