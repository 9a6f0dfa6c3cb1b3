import { z } from 'zod';

export {
  BoxSchema,
  SourceRefSchema,
  type Box,
  type SourcePosition,
  type SourceRef,
} from './source';
import { SourceRefSchema } from './source';
import { LocalizedTextSchema } from './localized-text';

export const FundingSchema = z.object({
  national: z.number().int().optional(),
  city: z.number().int().optional(),
  /** 도비: the province's share (a city or county under a province) */
  province: z.number().int().optional(),
  district: z.number().int().optional(),
  fund: z.number().int().optional(),
  specialGrant: z.number().int().optional(),
  other: z.number().int().optional(),
});
export type Funding = z.infer<typeof FundingSchema>;
export type FundingSource = keyof Funding;

export const AccountsSchema = z.object({
  general: z.number().int().optional(),
  special: z.number().int().optional(),
  fund: z.number().int().optional(),
});
export type Accounts = z.infer<typeof AccountsSchema>;

export const StatedRatesSchema = z.object({
  execution: z.number().optional(),
  obligation: z.number().optional(),
  projected: z.number().optional(),
  change: z.number().optional(),
});
export type StatedRates = z.infer<typeof StatedRatesSchema>;

const won = z.number().int();

/** One budgeted line: a department total, a project, a sub-project or a funding part. Money in integer won. */
export const BudgetLineSchema = z.object({
  key: z.string().min(1),
  fiscalYear: z.number().int(),
  bureau: z.string().optional(),
  department: z.string().optional(),
  project: z.string(),
  parentKey: z.string().optional(),
  /** what kind of line: an expenditure line (default), a revenue line, or an account summary (일반회계…) */
  category: z.enum(['expenditure', 'revenue', 'summary']).optional(),
  leadDepartment: z.string().optional(),
  noBudget: z.literal(true).optional(),
  approximate: z.literal(true).optional(),
  /** the unit the document wrote this line's main figure in (for unit-anomaly checks and display) */
  statedUnit: z.enum(['원', '천원', '백만원', '억원', '십억원', '조원']).optional(),
  range: z.object({ min: won, max: won }).optional(),
  budget: won.optional(),
  originalBudget: won.optional(),
  supplementary: won.optional(),
  carriedOver: won.optional(),
  currentBudget: won.optional(),
  previousBudget: won.optional(),
  requiredBudget: won.optional(),
  obligated: won.optional(),
  spent: won.optional(),
  projectedSpend: won.optional(),
  collected: won.optional(),
  /** 총사업비: a multi-year project's whole cost, never the year's budget */
  totalCost: won.optional(),
  /** the years a multi-year project runs (`'21~'27`), where the document states them */
  period: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  /** who pays the line's main figure (its budget, else its whole cost, else what was spent) */
  funding: FundingSchema.optional(),
  /**
   * The document names only some of the sources (`196백만원(국비 50%)`, `300백만원(국 98)`): the
   * parts in `funding` are right but do not make up the whole, and the rest is not stated. Never
   * checked as a split of the whole.
   */
  fundingPartial: z.literal(true).optional(),
  /**
   * Who paid what was spent, when the document splits the spent (집행) figure by source apart from
   * the budget (a yearly table's `예산 | 집행` columns over 국비/시비 rows); `funding` stays the budget's.
   */
  spentFunding: FundingSchema.optional(),
  /** 일반회계 / 특별회계 / 기금: a total split by account (never a funding split) */
  accounts: AccountsSchema.optional(),
  statedRates: StatedRatesSchema.optional(),
  /** read from a sentence (`일자리 12,400개 추진(1,230억원)`), not from a budget statement or table */
  fromSentence: z.literal(true).optional(),
  source: SourceRefSchema,
  /** other places the same line's figures were read from (e.g. its row in an execution table) */
  alsoAt: z.array(SourceRefSchema).optional(),
});
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

export const PersonnelRowSchema = z.object({
  department: z.string().optional(),
  grade: z.string().optional(),
  /** the grade group a grade is listed under (`일반직` for `5급`); the group's own row has none */
  group: z.string().optional(),
  authorized: z.number().int().optional(),
  current: z.number().int().optional(),
  surplus: z.number().int().optional(),
  notes: z.string().optional(),
  /**
   * The line of the table that counts this department again, more specifically (its own 인력현황
   * after the bureau's table of all departments): the row repeats that one and is left out of sums
   */
  repeatOf: z.number().int().positive().optional(),
  source: SourceRefSchema,
});
export type PersonnelRow = z.infer<typeof PersonnelRowSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A figure a finding used: where it is printed (line, and page/box or HWP cell where known), the row
 * and column it sits in as the document names them, and the value the audit read (won for money,
 * percent for rates, people for headcounts).
 */
export const FindingCellSchema = SourceRefSchema.extend({
  rowLabel: z.string().optional(),
  columnLabel: z.string().optional(),
  value: z.number().optional(),
});
export type FindingCell = z.infer<typeof FindingCellSchema>;

export const FindingSchema = z.object({
  severity: SeveritySchema,
  /** stable machine code, e.g. 'total-mismatch', 'rate-truncated' */
  code: z.string().min(1),
  message: LocalizedTextSchema,
  /** the figure the document prints */
  stated: z.number().optional(),
  /** what the other figures make it */
  computed: z.number().optional(),
  /** stated − computed */
  difference: z.number().optional(),
  /** key of the budget line the finding is about, when there is one */
  lineKey: z.string().optional(),
  source: SourceRefSchema,
  /** every figure the check used, the stated one first */
  cells: z.array(FindingCellSchema).optional(),
  /** the check written out with its figures (`1,000 − (300 + 400 + 200) = 100`) */
  arithmetic: LocalizedTextSchema.optional(),
  /** what the finding rests on that the importer guessed rather than read (a column's role, a
   * table's hierarchy, a unit): why it is a warning and not an error */
  inferred: LocalizedTextSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ImportWarningSchema = z.object({
  message: LocalizedTextSchema,
  line: z.number().int().positive(),
});
export type ImportWarning = z.infer<typeof ImportWarningSchema>;

export const DocumentKindSchema = z.enum(['plan', 'report', 'other', 'unknown']);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const DocumentFormatSchema = z.enum(['text', 'pdf', 'hwp', 'hwpx', 'csv', 'xlsx']);
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>;

export const DocumentMetaSchema = z.object({
  title: z.string(),
  organization: z.string().optional(),
  bureau: z.string().optional(),
  department: z.string().optional(),
  council: z.string().optional(),
  session: z.string().optional(),
  date: z.string().optional(),
  kind: DocumentKindSchema,
  fiscalYears: z.array(z.number().int()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** the file format the document was read from (absent: text, as before formats were added) */
  format: DocumentFormatSchema.optional(),
  /** pages of the original (PDF, rendered HWP) */
  pages: z.number().int().positive().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const ParsedReportSchema = z.object({
  document: DocumentMetaSchema,
  lines: z.array(BudgetLineSchema),
  personnel: z.array(PersonnelRowSchema),
  findings: z.array(FindingSchema),
  warnings: z.array(ImportWarningSchema),
});
export type ParsedReport = z.infer<typeof ParsedReportSchema>;
