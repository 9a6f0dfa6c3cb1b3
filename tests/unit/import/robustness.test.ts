import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { ParsedReportSchema, type ParsedReport } from '../../../shared/model/report';
import { allTextFixtures } from './fixtures';
import { corpusPresent, corpusReportText as readCorpus } from '../../support/corpus';

const hasCorpus = corpusPresent('', 'fuzzing seeded with the text reports');

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Every line number the report gives points into the text, and the report validates. */
function expectWellFormed(report: ParsedReport, text: string): void {
  const lines = lineCount(text);
  const numbers = [
    ...report.warnings.map((w) => w.line),
    ...report.lines.map((l) => l.source.line),
    ...report.findings.map((f) => f.source.line),
    ...report.personnel.map((p) => p.source.line),
  ];
  for (const line of numbers) {
    expect(Number.isInteger(line)).toBe(true);
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lines);
  }
  const keys = new Set(report.lines.map((l) => l.key));
  expect(keys.size).toBe(report.lines.length);
  for (const line of report.lines) if (line.parentKey) expect(keys).toContain(line.parentKey);
  const result = ParsedReportSchema.safeParse(report);
  if (!result.success) throw new Error(result.error.message);
}

const seeds = [
  ...allTextFixtures().map((f) => f.text),
  ...(hasCorpus ? [readCorpus('000'), readCorpus('004')] : []),
];
const reportish = fc.constantFrom(
  '\t',
  '\n',
  ' ',
  '계',
  '정 원',
  '현 원',
  '사업비: ',
  '천원',
  '(단위: 천원)',
  '△',
  '-',
  '1,234',
  '%',
  '(',
  ')',
  '□ ',
  '1. ',
  '가. ',
  '①',
  '<li>',
  '구비',
  '사비',
  '2024년 추진실적',
  '99.9%',
);

describe('the importer on any input', () => {
  it('never throws on random text and keeps every line number inside the text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom(...'\t\n 가계천원,.%△-()0123456789'.split('')),
            fc.string({ unit: 'grapheme', maxLength: 1 }),
          ),
          maxLength: 400,
        }),
        (text) => {
          expectWellFormed(parseReport(text), text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on report-like fragments glued together', () => {
    fc.assert(
      fc.property(fc.array(reportish, { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        expectWellFormed(parseReport(text), text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on truncations and mutations of the fixtures', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), reportish), { maxLength: 8 }),
        (seed, cut, edits) => {
          let text = seed.slice(0, cut % (seed.length + 1));
          for (const [at, remove, insert] of edits) {
            const position = at % (text.length + 1);
            text = text.slice(0, position) + insert + text.slice(position + remove);
          }
          expectWellFormed(parseReport(text), text);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives an empty report for empty text, with a title', () => {
    const report = parseReport('', { fileName: 'empty.txt' });
    expect(report).toMatchObject({ lines: [], personnel: [], findings: [], warnings: [] });
    expect(report.document.title).toBe('empty.txt');
  });
});
