import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLines } from '../../bench/synthetic';
import type { BudgetLine } from '../../../shared/model/report';
import { decodeChunk, encodeChunk } from '../../../renderer/src/db/line-codec';
import { BudgetLineSchema } from '../../../shared/model/report';
import { SourcePositionSchema } from '../../../shared/model/source';
import {
  EXTRA_FIELDS,
  FLAG_FIELDS,
  NESTED_FIELDS,
  NUMBER_FIELDS,
  TEXT_FIELDS,
} from '../../../renderer/src/db/columnar/fields';

const money = fc.option(
  fc.oneof(
    fc.integer({ min: -9e15, max: 9e15 }),
    fc.integer({ min: -2e6, max: 2e6 }).map((thousands) => thousands * 1000),
    fc.integer({ min: -100, max: 100 }),
  ),
  { nil: undefined },
);
const text = fc.option(fc.string({ maxLength: 8 }), { nil: undefined });

const line: fc.Arbitrary<BudgetLine> = fc
  .record({
    key: fc.string({ minLength: 1, maxLength: 10 }),
    fiscalYear: fc.integer({ min: 2000, max: 2030 }),
    project: fc.string({ maxLength: 10 }),
    bureau: text,
    department: text,
    noBudget: fc.option(fc.constant(true as const), { nil: undefined }),
    currentBudget: money,
    spent: money,
    funding: fc.option(fc.record({ national: money, province: money, district: money }), {
      nil: undefined,
    }),
    statedRates: fc.option(
      fc.record({ execution: fc.option(fc.double({ noNaN: true }), { nil: undefined }) }),
      {
        nil: undefined,
      },
    ),
    source: fc.oneof(
      fc.record({ line: fc.integer({ min: 1, max: 1e6 }), text }),
      fc.record({
        line: fc.integer({ min: 1, max: 1e6 }),
        page: fc.integer({ min: 1, max: 500 }),
        box: fc.tuple(fc.nat(600), fc.nat(800), fc.nat(600), fc.nat(800)),
      }),
      fc.record({
        line: fc.integer({ min: 1, max: 1e6 }),
        section: fc.nat(3),
        paragraph: fc.nat(400),
        table: fc.nat(20),
        row: fc.nat(40),
        col: fc.nat(9),
      }),
    ),
    totalCost: money,
    period: fc.option(
      fc.record({
        from: fc.integer({ min: 2015, max: 2030 }),
        to: fc.integer({ min: 2015, max: 2035 }),
      }),
      { nil: undefined },
    ),
    accounts: fc.option(fc.record({ general: money, special: money }), { nil: undefined }),
    fundingPartial: fc.option(fc.constant(true as const), { nil: undefined }),
    spentFunding: fc.option(fc.record({ national: money, city: money }), { nil: undefined }),
  })
  .map((value) => JSON.parse(JSON.stringify(value)) as BudgetLine);

describe('line chunk codecs', () => {
  it.each(['rows', 'columnar'] as const)(
    '%s gives back exactly the lines it was given',
    (codec) => {
      fc.assert(
        fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
          const stored = structuredClone(encodeChunk(lines, codec));
          expect(decodeChunk(stored, 7)).toEqual(lines.map((l) => ({ ...l, documentId: 7 })));
        }),
        { numRuns: 300 },
      );
    },
  );

  it('keeps a column whose values change type (number then text) intact', () => {
    const lines = [
      { key: 'a', fiscalYear: 2024, project: 'p', source: { line: 1, text: 'x' } },
      { key: 'b', fiscalYear: 2024, project: 'q', source: { line: 2, text: 'y' } },
    ] as BudgetLine[];
    (lines[1] as unknown as Record<string, unknown>).fiscalYear = '2024년';
    expect(decodeChunk(encodeChunk(lines, 'columnar'), 1)).toEqual(
      lines.map((l) => ({ ...l, documentId: 1 })),
    );
  });

  it('round-trips generated report lines through columnar storage', () => {
    const lines = generateLines(2000, 9);
    expect(decodeChunk(structuredClone(encodeChunk(lines, 'columnar')), 3)).toEqual(
      lines.map((l) => ({ ...l, documentId: 3 })),
    );
  });

  it('has a column for every field of BudgetLineSchema, nested fields included', () => {
    const shape = BudgetLineSchema.shape;
    const listed = [
      ...NUMBER_FIELDS,
      ...TEXT_FIELDS,
      ...FLAG_FIELDS,
      ...EXTRA_FIELDS,
      ...Object.keys(NESTED_FIELDS),
    ];
    expect(listed.sort()).toEqual(Object.keys(shape).sort());
    for (const [name, fields] of Object.entries(NESTED_FIELDS)) {
      const schema = shape[name as keyof typeof shape] as unknown as {
        unwrap?: () => unknown;
        shape?: Record<string, unknown>;
      };
      const nested = (schema.unwrap ? schema.unwrap() : schema) as {
        shape: Record<string, unknown>;
      };
      // a source's position in the original is kept whole as a per-row extra
      const whole = name === 'source' ? Object.keys(SourcePositionSchema.shape) : [];
      expect([...fields, ...whole].sort()).toEqual(Object.keys(nested.shape).sort());
    }
  });
});
