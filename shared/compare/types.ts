import type { LocalizedText } from '../model/localized-text';
import type { BudgetLine, Finding } from '../model/report';

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
}

/** One side of a comparison: the lines of a document (or of one year of it) and its findings. */
export interface ComparisonSide {
  label: string;
  documentId?: number;
  lines: readonly BudgetLine[];
  findings?: readonly Finding[];
}
