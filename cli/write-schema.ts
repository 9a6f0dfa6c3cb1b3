/** `npx tsx cli/write-schema.ts`: regenerates shared/model/parsed-report.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsedReportJsonSchemaText } from '../shared/model/json-schema';

const target = join(import.meta.dirname, '../shared/model/parsed-report.schema.json');
writeFileSync(target, parsedReportJsonSchemaText());
console.log(`wrote ${target} (run prettier on it before committing)`);
