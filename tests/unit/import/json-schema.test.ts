import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsedReportJsonSchema } from '../../../shared/model/json-schema';

describe('the exported JSON Schema', () => {
  it('is up to date with the zod schema (regenerate with npx tsx cli/write-schema.ts)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '../../../shared/model/parsed-report.schema.json'),
      'utf8',
    );
    expect(JSON.parse(committed)).toEqual(parsedReportJsonSchema());
  });

  it('describes the report’s top-level fields', () => {
    const schema = parsedReportJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual([
      'document',
      'lines',
      'personnel',
      'findings',
      'warnings',
    ]);
    expect(schema.required).toContain('lines');
  });
});
