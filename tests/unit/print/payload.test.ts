import { describe, expect, it } from 'vitest';
import { packInputFromReports } from '../../../cli/pack/pack-input';
import { compareYearOverYear } from '../../../shared/compare';
import { buildPackModel } from '../../../shared/print/pack';
import { PrintPayloadSchema, payloadProblem } from '../../../shared/print/payload';
import { generateReport } from '../../bench/synthetic';

const reports = [generateReport(300, 1), generateReport(300, 2)].map((report, index) => ({
  file: `synthetic-${index + 1}`,
  report,
}));
const input = packInputFromReports(reports, {
  files: [],
  out: '',
  departments: [],
  title: '계약 검사용 자료',
});
const withoutKey = (value: unknown, key: string): unknown =>
  JSON.parse(JSON.stringify(value, (name, inner: unknown) => (name === key ? undefined : inner)));
/** what crosses the process boundary: JSON, as page.evaluate hands it over */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the CLI → print view payload (shared/print/payload.ts)', () => {
  it('accepts the pack model the CLI builds and keeps every field the model declares', () => {
    const sent = overTheWire({ kind: 'pack-model', model: buildPackModel(input) });
    const parsed = PrintPayloadSchema.parse(sent);
    // findings and personnel rows carry their document's id at run time, which PackModel does not
    // declare: the schema drops it, and nothing else
    expect(JSON.stringify(sent)).toContain('"documentId"');
    expect(parsed).toEqual(withoutKey(sent, 'documentId'));
  });

  it('accepts a pack input and a comparison', () => {
    expect(PrintPayloadSchema.safeParse(overTheWire({ kind: 'pack', input })).success).toBe(true);
    const comparison = compareYearOverYear({
      before: { label: '2023년', lines: reports[0]!.report.lines },
      after: { label: '2024년', lines: reports[1]!.report.lines },
    });
    const payload = overTheWire({ kind: 'comparison', comparison, council: '가상구의회' });
    expect(PrintPayloadSchema.safeParse(payload).success).toBe(true);
  });

  it('refuses a payload of the wrong shape and says where, in Korean and English', () => {
    const model = overTheWire(buildPackModel(input)) as { sections: { budget: unknown }[] };
    model.sections[0]!.budget = { rows: 'not rows' };
    const result = PrintPayloadSchema.safeParse({ kind: 'pack-model', model });
    expect(result.success).toBe(false);
    if (result.success) return;
    const problem = payloadProblem(result.error);
    expect(problem.ko).toMatch(/^인쇄 자료의 형식이 맞지 않습니다: model\.sections\.0\.budget/);
    expect(problem.en).toMatch(/^The print data has the wrong shape: model\.sections\.0\.budget/);
    expect(PrintPayloadSchema.safeParse({ kind: 'brochure' }).success).toBe(false);
  });
});
