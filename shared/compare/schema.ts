/**
 * The comparison as a zod schema, for data that crosses a process boundary (the CLI hands a pack's
 * comparisons to the print view). types.ts stays the definition; the checks at the bottom fail to
 * compile when the two drift apart.
 */
import { z } from 'zod';
import { LocalizedTextSchema } from '../model/localized-text';
import { FindingSchema } from '../model/report';
import type { Comparison } from './types';

const FigureBasisSchema = z.enum([
  'currentBudget',
  'budget',
  'originalBudget',
  'requiredBudget',
  'spent',
  'previousBudget',
]);
const DocumentPartSchema = z.enum(['plan', 'report', 'unknown']);

const RowSourceSchema = z.object({
  side: z.enum(['before', 'after']),
  documentId: z.number().optional(),
  line: z.number(),
  text: z.string().optional(),
});

const ComparisonRowSchema = z.object({
  id: z.string(),
  label: z.string(),
  group: z.string().optional(),
  values: z.record(z.string(), z.number().nullable()),
  status: z.enum(['matched', 'confirmed', 'only-before', 'only-after', 'single']),
  flags: z.array(FindingSchema),
  ruleFlags: z.array(z.object({ ruleId: z.string(), message: LocalizedTextSchema })).optional(),
  sources: z.array(RowSourceSchema),
  beforeKey: z.string().optional(),
  afterKey: z.string().optional(),
  conclusion: z.enum(['ended', 'new', 'absent-later', 'absent-earlier', 'renamed']).optional(),
  bases: z.record(z.string(), FigureBasisSchema).optional(),
  period: z.object({ from: z.number(), to: z.number() }).optional(),
});

export const ComparisonSchema = z.object({
  kind: z.enum(['year-over-year', 'plan-vs-results', 'departments']),
  title: LocalizedTextSchema,
  sides: z.object({ before: z.string(), after: z.string() }),
  columns: z.array(
    z.object({
      id: z.string(),
      label: LocalizedTextSchema,
      kind: z.enum(['money', 'rate', 'count']),
    }),
  ),
  rows: z.array(ComparisonRowSchema),
  totals: z.record(z.string(), z.number().nullable()),
  primary: z.object({
    before: z.string(),
    after: z.string(),
    difference: z.string(),
    rate: z.string(),
  }),
  suggestions: z.array(
    z.object({
      beforeKey: z.string(),
      afterKey: z.string(),
      beforeName: z.string(),
      afterName: z.string(),
      department: z.string().optional(),
      similarity: z.number(),
    }),
  ),
  evidence: z
    .object({
      sameDocument: z.boolean(),
      sameOrganization: z.boolean(),
      sameOffice: z.boolean(),
      before: DocumentPartSchema,
      after: DocumentPartSchema,
      sameKind: z.boolean(),
      concludes: z.boolean(),
      bothYearsCovered: z.boolean().optional(),
    })
    .optional(),
  bases: z
    .object({ before: z.array(FigureBasisSchema), after: z.array(FigureBasisSchema) })
    .optional(),
  years: z.object({ before: z.number().optional(), after: z.number().optional() }).optional(),
  documentIds: z.object({ before: z.number().optional(), after: z.number().optional() }).optional(),
  changeCoverage: z.enum(['all', 'matched']).optional(),
  fiscalYears: z.array(z.number()).optional(),
});

/** true when every `From` is a `To` (compile-time only) */
export type Assignable<From, To> = [From] extends [To] ? true : false;
const sameShape: [
  Assignable<z.output<typeof ComparisonSchema>, Comparison>,
  Assignable<Comparison, z.input<typeof ComparisonSchema>>,
] = [true, true];
void sameShape;
