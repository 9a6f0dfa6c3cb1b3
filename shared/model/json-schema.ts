import { z } from 'zod';
import { ParsedReportSchema } from './report';

/** ParsedReport as a JSON Schema (draft 2020-12), for tools outside this app that read our output. */
export function parsedReportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ParsedReportSchema, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://council-budget-review.local/schemas/parsed-report.schema.json',
    title: 'ParsedReport',
    description:
      'A council work report read by Council Budget Review: metadata, budget lines (integer won), personnel, findings and import warnings.',
  };
}

/** The schema as the committed file holds it: two-space JSON with a final newline. */
export function parsedReportJsonSchemaText(): string {
  return `${JSON.stringify(parsedReportJsonSchema(), null, 2)}\n`;
}
