/**
 * The answer-key format (tests/corpus-keys/README.md) as a zod schema. Strict objects: a misspelt
 * field ("ammount") fails loudly instead of silently dropping a fact from the score.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';

const positiveInt = z.number().int().positive();
const won = z.number().int();

function onePlace(entry: object): boolean {
  const { page, line, paragraph } = entry as { page?: number; line?: number; paragraph?: number };
  return [page, line, paragraph].filter((place) => place !== undefined).length === 1;
}

function sectionOnlyWithParagraph(entry: object): boolean {
  const { section, paragraph } = entry as { section?: number; paragraph?: number };
  return section === undefined || paragraph !== undefined;
}

const index = z.number().int().nonnegative();

/**
 * where a figure is printed: a page of a PDF, a line of a text file, or a paragraph of an HWP/HWPX
 * document (exactly one). HWP has no fixed pages: its place is the 0-based body paragraph of its
 * 0-based section, as the file stores them (the paragraph holding the table, for a table cell).
 */
const placed = <T extends z.ZodRawShape>(shape: T) =>
  z
    .strictObject({
      page: positiveInt.optional(),
      line: positiveInt.optional(),
      section: index.optional(),
      paragraph: index.optional(),
      ...shape,
    })
    .refine(onePlace, {
      message: 'give exactly one of `page` (PDF), `line` (text) or `paragraph` (HWP/HWPX)',
      path: ['page'],
    })
    .refine(sectionOnlyWithParagraph, {
      message: '`section` goes with `paragraph` (HWP/HWPX)',
      path: ['section'],
    });

export const KEY_FIELDS = [
  'budget',
  'previousBudget',
  'originalBudget',
  'currentBudget',
  'obligated',
  'spent',
  'projectedSpend',
  'totalCost',
  'revenue',
] as const;
export type KeyField = (typeof KEY_FIELDS)[number];

export const FUNDING_KEYS = [
  'national',
  'city',
  'province',
  'district',
  'fund',
  'specialGrant',
  'other',
] as const;
export type FundingKey = (typeof FUNDING_KEYS)[number];

const KeyFundingSchema = z
  .strictObject(Object.fromEntries(FUNDING_KEYS.map((k) => [k, won.optional()])))
  .refine((funding) => Object.values(funding).some((v) => v !== undefined), {
    message: 'funding names at least one part',
  });

export const ACCOUNT_KEYS = ['general', 'special', 'fund'] as const;

const KeyAccountsSchema = z
  .strictObject(Object.fromEntries(ACCOUNT_KEYS.map((k) => [k, won.optional()])))
  .refine((accounts) => Object.values(accounts).some((v) => v !== undefined), {
    message: 'accounts names at least one part',
  });

export const KeyFactSchema = placed({
  name: z.string().trim().min(1),
  department: z.string().trim().min(1).optional(),
  /** left out only when the document prints no year at all: any year then matches */
  fiscalYear: z.number().int().min(1990).max(2100).optional(),
  field: z.enum(KEY_FIELDS),
  amount: won,
  funding: KeyFundingSchema.optional(),
  /** 일반회계 / 특별회계 / 기금 parts of the figure (never funding) */
  accounts: KeyAccountsSchema.optional(),
  /** the years a multi-year project runs, where printed (for totalCost facts) */
  period: z.strictObject({ from: z.number().int(), to: z.number().int() }).optional(),
  layout: z.string().trim().min(1).optional(),
  note: z.string().max(120).optional(),
});
export type KeyFact = z.infer<typeof KeyFactSchema>;

export const KeyHeadcountSchema = placed({
  department: z.string().trim().min(1).optional(),
  grade: z.string().trim().min(1).optional(),
  authorized: z.number().int().nonnegative().optional(),
  current: z.number().int().nonnegative().optional(),
  note: z.string().max(120).optional(),
}).refine((row) => row.authorized !== undefined || row.current !== undefined, {
  message: 'a headcount gives 정원 (authorized) or 현원 (current)',
  path: ['authorized'],
});
export type KeyHeadcount = z.infer<typeof KeyHeadcountSchema>;

const ArithmeticSchema = placed({
  what: z.string().trim().min(1).max(160),
  stated: z.number(),
  computed: z.number(),
});
export type KeyArithmetic = z.infer<typeof ArithmeticSchema>;

export const AnswerKeySchema = z.strictObject({
  document: z.string().trim().min(1),
  readFrom: z.string().trim().min(1),
  facts: z.array(KeyFactSchema),
  headcounts: z.array(KeyHeadcountSchema),
  errors: z.array(
    ArithmeticSchema.refine((e) => e.stated !== e.computed, {
      message: 'an error has stated ≠ computed',
      path: ['computed'],
    }),
  ),
  checked: z.array(ArithmeticSchema),
});
export type AnswerKey = z.infer<typeof AnswerKeySchema>;

export class KeyFileError extends Error {}

/** Parses a key's JSON text; a malformed key throws naming the file and each bad field. */
export function parseKey(json: string, fileName: string): AnswerKey {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new KeyFileError(`${fileName}: not valid JSON (${(error as Error).message})`);
  }
  const result = AnswerKeySchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  throw new KeyFileError(`${fileName}: malformed answer key\n${problems.join('\n')}`);
}

export function loadKey(path: string): AnswerKey {
  return parseKey(readFileSync(path, 'utf8'), basename(path));
}

/** Where an entry is printed, for messages: "p.12", "l.81" or "¶0:113" (section:paragraph). */
export function placeLabel(entry: {
  page?: number;
  line?: number;
  section?: number;
  paragraph?: number;
}): string {
  if (entry.page !== undefined) return `p.${entry.page}`;
  if (entry.paragraph !== undefined) return `¶${entry.section ?? 0}:${entry.paragraph}`;
  return `l.${entry.line}`;
}
