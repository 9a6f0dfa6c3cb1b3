import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessDelimiter, looksLikeDelimitedTable, readDocument } from '../../../../shared/import';
import { corpusBytes, corpusPresent } from '../../../support/corpus';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/reports');
const textFixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'));
const CORPUS_TEXTS = [
  '000_64616b29328228c5.txt',
  '002_2c8e31590cdd4dd1.txt',
  '004_3d0787eec413c715.txt',
];

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('telling a delimited table from a report with tab tables, by content', () => {
  it.each(textFixtures)('keeps the text report %s with the text reader', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
    const read = await readDocument(bytes, { fileName: name });
    expect(read.format).toBe('text');
  });

  it('keeps the three real text reports (tab tables among prose) with the text reader', async () => {
    if (!corpusPresent('', 'delimited-table detection')) return;
    for (const name of CORPUS_TEXTS) {
      const text = new TextDecoder().decode(corpusBytes(name));
      expect(looksLikeDelimitedTable(text), name).toBe(false);
      expect((await readDocument(corpusBytes(name))).format, name).toBe('text');
    }
  });

  it('takes comma, tab and semicolon tables with a title and a unit line above the header', () => {
    const rows = ['부서{d}사업명{d}예산액', '복지정책과{d}경로당{d}100', '문화관광과{d}축제{d}200'];
    for (const delimiter of [',', '\t', ';'] as const) {
      const text = [
        '2025년 예산',
        '(단위: 천원)',
        ...rows.map((row) => row.replaceAll('{d}', delimiter)),
      ].join('\n');
      expect(guessDelimiter(text)?.delimiter).toBe(delimiter);
    }
  });

  it('does not take prose whose lines happen to hold commas for a table', () => {
    const prose = [
      '1. 도서관 운영',
      '- 사업비: 100,000천원(국비 50,000천원, 구비 50,000천원)',
      '- 추진 내용: 장서 구입, 프로그램 운영, 시설 보수',
      '2. 축제 개최',
      '- 사업비: 30,000천원',
      '- 기간: 2025. 5. ~ 10.',
    ].join('\n');
    expect(looksLikeDelimitedTable(prose)).toBe(false);
  });

  it('does not take a report that opens with a short tab table followed by prose for a table', () => {
    const report = [
      '구분\t정원\t현원',
      '계\t10\t9',
      '복지정책과\t10\t9',
      '',
      '1. 주요업무 추진계획',
      '가. 경로당 운영',
      '○ 사업기간: 2025. 1. ~ 12.',
      '○ 사업비: 120,000천원',
      '나. 축제',
      '○ 사업비: 50,000천원',
    ].join('\n');
    expect(looksLikeDelimitedTable(report)).toBe(false);
  });

  it('sends a CSV to the CSV reader whatever its name, with no reader map given', async () => {
    const read = await readDocument(utf8('부서,사업명,예산액\n복지정책과,경로당,100\n'), {
      fileName: 'report.txt',
    });
    expect(read.format).toBe('csv');
  });
});
