import type { ComparisonEvidence } from '../documents/evidence';
import type { FigureBasis } from '../figures/meaning';
import type { LocalizedText } from '../model/localized-text';
import type { BudgetLine, DocumentMeta, Finding } from '../model/report';

export type ComparisonKind = 'year-over-year' | 'plan-vs-results' | 'departments';
export type ColumnKind = 'money' | 'rate' | 'count';

export interface ComparisonColumn {
  id: string;
  label: LocalizedText;
  kind: ColumnKind;
}

export interface RuleFlag {
  ruleId: string;
  message: LocalizedText;
}

/** how a row came about: matched by key, matched by the user's confirmation, or found on one side only */
export type RowStatus = 'matched' | 'confirmed' | 'only-before' | 'only-after' | 'single';

/**
 * What a row lets the reader conclude (see rowConclusionLabel): a project found on one side only
 * has ended (종료) or is new (신규) only with the evidence for it (ComparisonEvidence.concludes);
 * otherwise it is only absent from the other document. A confirmed pair was renamed.
 */
export type RowConclusion = 'ended' | 'new' | 'absent-later' | 'absent-earlier' | 'renamed';

export interface RowSource {
  side: 'before' | 'after';
  documentId?: number;
  line: number;
  text?: string;
}

export interface ComparisonRow {
  id: string;
  /** project name (or department name for department comparisons) */
  label: string;
  /** department (or bureau for department comparisons) */
  group?: string;
  values: Record<string, number | null>;
  status: RowStatus;
  flags: Finding[];
  /** the user's rules (설정 › 강조 규칙) the row breaks; see applyFlagRules */
  ruleFlags?: RuleFlag[];
  sources: RowSource[];
  beforeKey?: string;
  afterKey?: string;
  /** what the row's presence on one side only (or a confirmed rename) lets the reader conclude */
  conclusion?: RowConclusion;
  /** which field each money column's figure came from, by column id (예산현액, 소요예산…) */
  bases?: Record<string, FigureBasis>;
  /** the years the project's 총사업비 (values.totalCost) covers, as the document states them */
  period?: { from: number; to: number };
}

/** Which columns carry the comparison's main measure: the summary and the chart read them. */
export interface PrimaryMeasure {
  before: string;
  after: string;
  difference: string;
  rate: string;
}

export interface MatchSuggestion {
  beforeKey: string;
  afterKey: string;
  beforeName: string;
  afterName: string;
  department?: string;
  /** 0..1 */
  similarity: number;
}

/** The user's answer to a suggestion; accepted pairs are matched, rejected ones never suggested again. */
export interface MatchDecision {
  beforeKey: string;
  afterKey: string;
  accepted: boolean;
}

export interface Comparison {
  kind: ComparisonKind;
  title: LocalizedText;
  /** labels of the two sides, e.g. '2023년' / '2024년' */
  sides: { before: string; after: string };
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
  totals: Record<string, number | null>;
  primary: PrimaryMeasure;
  suggestions: MatchSuggestion[];
  /** what the two sides have in common, which decides whether absence means 종료/신규 */
  evidence?: ComparisonEvidence;
  /** the fields each side's figures came from (the column labels name them) */
  bases?: { before: FigureBasis[]; after: FigureBasis[] };
  /** the fiscal year each side shows (one year per side, never several added) */
  years?: { before?: number; after?: number };
  /** the document each side's figures come from, where the comparison chose one */
  documentIds?: { before?: number; after?: number };
  /**
   * 'all': every row with a figure has a change, so the total change is after − before; 'matched':
   * only rows with both figures have one, and the total change covers those rows alone
   */
  changeCoverage?: 'all' | 'matched';
  /** departments: the fiscal years the document has, to choose from (the one shown is years.after) */
  fiscalYears?: number[];
}

/** One side of a comparison: the lines of a document (or of one year of it) and its findings. */
export interface ComparisonSide {
  label: string;
  documentId?: number;
  /** the document's metadata: without it nothing is concluded from absence (no 종료/신규) */
  meta?: DocumentMeta;
  lines: readonly BudgetLine[];
  findings?: readonly Finding[];
}
