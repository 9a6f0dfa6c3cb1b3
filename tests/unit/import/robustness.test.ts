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
  '(1,234)',
  '△ 1,234',
  '１２，３４５',
  '\r',
  '    ',
);

/** How other tools write the same report: each keeps the text, changes its spelling. */
const FULL_WIDTH_DIGITS = (text: string) =>
  text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
const rewrites: Record<string, (text: string, pick: (n: number) => number) => string> = {
  'tabs turned into spaces': (text, pick) => text.replace(/\t/g, () => ' '.repeat(1 + pick(4))),
  'CR-only line ends': (text) => text.replace(/\r?\n/g, '\r'),
  'full-width digits': FULL_WIDTH_DIGITS,
  '(1,234) negatives': (text, pick) =>
    text.replace(/[△-]?(\d{1,3}(?:,\d{3})+|\d+)/g, (amount, digits: string) =>
      pick(3) === 0 ? `(${digits})` : amount,
    ),
  '△ 1,234 negatives': (text, pick) =>
    text.replace(/[△-]?(\d{1,3}(?:,\d{3})+|\d+)/g, (amount, digits: string) =>
      pick(3) === 0 ? `△ ${digits}` : amount,
    ),
};

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

  it('never throws on the fixtures as other tools write them: spaces for tabs, CR line ends, full-width digits, (1,234) and △ 1,234', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.subarray(Object.keys(rewrites), { minLength: 1 }),
        fc.infiniteStream(fc.nat()),
        (seed, chosen, numbers) => {
          const pick = (n: number) => numbers.next().value % n;
          const text = chosen.reduce((current, name) => rewrites[name]!(current, pick), seed);
          expectWellFormed(parseReport(text), text);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives an empty report for empty text, with a title', () => {
    const report = parseReport('', { fileName: 'empty.txt' });
    expect(report).toMatchObject({ lines: [], personnel: [], findings: [], warnings: [] });
    expect(report.document.title).toBe('empty.txt');
  });
});
