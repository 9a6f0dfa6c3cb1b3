/**
 * The CLI → print view contract (like shared/ipc-contract.ts for Electron): `npm run cli -- pack`
 * opens the built app at #/print/payload, sets the payload on window[PRINT_PAYLOAD_GLOBAL] and
 * dispatches PRINT_PAYLOAD_EVENT; the print view validates it with PrintPayloadSchema before
 * laying anything out. Both sides import these names, so neither can drift from the other.
 */
import { z } from 'zod';
import { ComparisonSchema, type Assignable } from '../compare/schema';
import type { LocalizedText } from '../model/localized-text';
import {
  BudgetLineSchema,
  DocumentMetaSchema,
  FindingSchema,
  PersonnelRowSchema,
} from '../model/report';
import type { PackInput, PackModel } from './pack-types';

export const PRINT_PAYLOAD_EVENT = 'cbr-print-payload';
export const PRINT_PAYLOAD_GLOBAL = '__cbrPrintPayload';

const cover = {
  title: z.string(),
  council: z.string().optional(),
  session: z.string().optional(),
  date: z.string().optional(),
  preparedBy: z.string().optional(),
};
const withDocument = { documentId: z.number() };
const PackNoteSchema = z.object({
  documentId: z.number().optional(),
  lineKey: z.string(),
  kind: z.enum(['question', 'finding', 'follow-up']),
  status: z.enum(['open', 'answered', 'closed']),
  text: z.string(),
  author: z.string().optional(),
});

export const PackInputSchema = z.object({
  pack: z.object({
    ...cover,
    departments: z.array(z.string()).readonly(),
    includeFindings: z.boolean(),
    includeNotes: z.boolean(),
  }),
  documents: z
    .array(z.object({ id: z.number(), meta: DocumentMetaSchema, fileName: z.string().optional() }))
    .readonly(),
  lines: z.array(BudgetLineSchema.extend(withDocument)).readonly(),
  personnel: z.array(PersonnelRowSchema.extend(withDocument)).readonly(),
  findings: z.array(FindingSchema.extend(withDocument)).readonly(),
  notes: z.array(PackNoteSchema).readonly(),
});

export const PackModelSchema = z.object({
  cover: z.object({ ...cover, documents: z.array(z.string()) }),
  sections: z.array(
    z.object({
      id: z.string(),
      department: z.string(),
      bureau: z.string().optional(),
      personnel: z.array(PersonnelRowSchema),
      budget: ComparisonSchema,
      flagged: z.array(
        z.object({ project: z.string(), finding: FindingSchema, documentTitle: z.string() }),
      ),
      notes: z.array(PackNoteSchema.extend({ project: z.string() })),
    }),
  ),
  appendix: z.array(z.object({ documentTitle: z.string(), finding: FindingSchema })),
});

export const PrintPayloadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pack'), input: PackInputSchema }),
  /** a pack already laid out in sections (the CLI builds it in Node: far less data to hand over) */
  z.object({ kind: z.literal('pack-model'), model: PackModelSchema }),
  z.object({
    kind: z.literal('comparison'),
    comparison: ComparisonSchema,
    council: z.string().optional(),
    session: z.string().optional(),
  }),
]);
export type PrintPayload = z.infer<typeof PrintPayloadSchema>;

/** what went wrong with a payload, for the print view's error (the first problem found) */
export function payloadProblem(error: z.ZodError): LocalizedText {
  const issue = error.issues[0];
  const where = issue?.path.join('.') || '(payload)';
  return {
    ko: `인쇄 자료의 형식이 맞지 않습니다: ${where} — ${issue?.message ?? ''}`,
    en: `The print data has the wrong shape: ${where} — ${issue?.message ?? ''}`,
  };
}

const sameShape: [
  Assignable<z.output<typeof PackInputSchema>, PackInput>,
  Assignable<PackInput, z.input<typeof PackInputSchema>>,
  Assignable<z.output<typeof PackModelSchema>, PackModel>,
  Assignable<PackModel, z.input<typeof PackModelSchema>>,
] = [true, true, true, true];
void sameShape;
