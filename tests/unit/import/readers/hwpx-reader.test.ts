import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../../../../shared/import/blocks/types';
import { parseDocument, ReaderError } from '../../../../shared/import';
import { readHwp } from '../../../../shared/import/readers/hwp/hwp-reader';
import { readHwpx } from '../../../../shared/import/readers/hwpx/hwpx-reader';
import type { ParsedReport } from '../../../../shared/model/report';
import { writeHwp } from '../../../support/hwp-writer';
import { hwpxParts, writeHwpx, zipHwpx } from '../../../support/hwpx-writer';
import { readFixture } from '../fixtures';
import { fixtureHwpx, fixtureParts } from './hwpx-fixture';
import { SYNTHETIC_HWP, SYNTHETIC_TEXT } from './hwp-synthetic';

const readers = { hwp: readHwp, hwpx: readHwpx };
const twinText = readFixture('twin-welfare-plan.txt');
const twinBytes = fixtureHwpx('twin-welfare-plan');
const twin = await parseDocument(twinBytes, { fileName: 'plan.hwpx' }, readers);
const twinFromText = await parseDocument(new TextEncoder().encode(twinText), {}, readers);

function tables(blocks: Block[]): TableBlock[] {
  return blocks.filter((block): block is TableBlock => block.kind === 'table');
}

function outline(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${block.line} heading ${block.level} ${block.marker} ${block.ordinal ?? '-'} ${block.text}`;
    case 'list':
      return `${block.line} list ${block.marker} ${block.text}`;
    case 'table':
      return `${block.line}-${block.endLine} table ${block.columnLabels.join('|')}`;
    default:
      return `${block.line} ${block.kind} ${block.text}`;
  }
}

describe('a hand-written HWPX: two sections, merged cells, outline numbering (twin-welfare-plan)', () => {
  it('reads to the same text as the report written as text', () => {
    expect(twin.read.format).toBe('hwpx');
    expect(twin.read.text).toBe(twinText.replace(/\n$/, ''));
  });

  it('gives exactly these blocks, headings numbered from header.xml’s outline', () => {
    expect(twin.blocks.map(outline)).toEqual([
      '1 heading 2 plain - 2025년도 주요업무 계획',
      '3 heading 2 plain - 제310회 새솔구의회 제2차 정례회',
      '5 paragraph 2024. 11.',
      '7 heading 2 plain - 복지정책과',
      '9 heading 1 roman Ⅰ 일반현황',
      '11 heading 4 circle - 인력현황',
      '13 unit (단위: 명)',
      '15-19 table 구분|정원|현원|과부족',
      '20 heading 1 roman Ⅱ 2025년 주요업무 계획',
      '22 heading 2 number 1 어르신 돌봄 강화',
      '24 heading 3 square - 예산 현황',
      '26 unit (단위: 천원)',
      '27-31 table 구분|예산액/2025년|예산액/2024년|증감',
      '33 heading 3 hangul 가 경로당 냉난방비 지원',
      '35 list ㅇ 사업비: 120,000천원(국비 60,000, 구비 60,000)',
      '36 list ㅇ 추진기간: 2025. 1. ~ 12.',
    ]);
  });

  it('keeps the merged header cells’ spans and each cell’s address', () => {
    const budget = tables(twin.blocks)[1]!;
    expect(budget.header[0]!.cells.map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
      ['구 분', undefined, 2],
      ['예산액', 2, undefined],
      ['', undefined, undefined],
      ['증 감', undefined, 2],
    ]);
    expect(budget.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['계', '1,650,000', '1,500,000', '150,000'],
      ['어르신 돌봄', '900,000', '800,000', '100,000'],
      ['장애인 일자리', '750,000', '700,000', '40,000'],
    ]);
    expect(budget.rows[2]!.cells[3]!.source).toEqual({
      section: 1,
      paragraph: 7,
      table: 1,
      row: 4,
      col: 3,
    });
    expect(budget.unit).toEqual({ text: '(단위: 천원)', line: 26 });
  });

  it('gives the same lines, amounts, headcounts and findings as the text report', () => {
    const essentials = (report: ParsedReport) => ({
      lines: report.lines.map((line) => ({
        line: line.source.line,
        project: line.project,
        fiscalYear: line.fiscalYear,
        budget: line.budget,
        previousBudget: line.previousBudget,
        requiredBudget: line.requiredBudget,
        funding: line.funding,
      })),
      personnel: report.personnel.map((row) => [row.grade, row.authorized, row.current]),
      findings: report.findings.map((finding) => [
        finding.code,
        finding.severity,
        finding.source.line,
      ]),
      document: { ...report.document, sha256: '', format: 'text' },
    });
    expect(essentials(twin.report)).toEqual(essentials(twinFromText.report));
    expect(twin.report.findings.map((f) => f.code).sort()).toEqual([
      'change-mismatch',
      'total-mismatch',
    ]);
    const projects = twin.report.lines.filter((line) => line.category !== 'summary');
    expect(projects.map((line) => line.project)).toEqual([
      '어르신 돌봄',
      '장애인 일자리',
      '경로당 냉난방비 지원',
    ]);
  });

  it('points every figure at its section, paragraph and cell', () => {
    const care = twin.report.lines.find((line) => line.project === '어르신 돌봄')!;
    expect(care.source).toMatchObject({ line: 30, section: 1, paragraph: 7, table: 1, row: 3 });
    const total = twin.report.findings.find((f) => f.code === 'total-mismatch')!;
    expect(total.source).toMatchObject({ line: 29, section: 1, paragraph: 7, table: 1, row: 2 });
    expect(twin.report.document.format).toBe('hwpx');
  });

  it('reports progress by paragraph and stops when cancelled while reading', async () => {
    const seen: number[] = [];
    const reading = new AbortController();
    const outcome = readHwpx(twinBytes, {
      signal: reading.signal,
      onProgress: (done, total) => {
        seen.push(done / total);
        reading.abort();
      },
    });
    await expect(outcome).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen.length).toBeGreaterThan(0);
  });

  it('opens a package without META-INF/manifest.xml', async () => {
    const bare = await readHwpx(fixtureHwpx('twin-welfare-plan', ['META-INF/manifest.xml']), {});
    expect(bare.text).toBe(twin.read.text);
  });

  it('follows content.hpf’s spine for the order of the sections', async () => {
    const parts = fixtureParts('twin-welfare-plan');
    parts['Contents/content.hpf'] = parts['Contents/content.hpf']!.replace(
      '<opf:itemref idref="section0" linear="yes"/>\n    <opf:itemref idref="section1" linear="yes"/>',
      '<opf:itemref idref="section1" linear="yes"/>\n    <opf:itemref idref="section0" linear="yes"/>',
    );
    const swapped = await readHwpx(zipHwpx(parts), {});
    expect(swapped.text.split('\n')[0]).toBe('Ⅱ. 2025년 주요업무 계획');
  });
});

describe('one invented document written as HWP and as HWPX', () => {
  it('reads to the same text and the same blocks from both formats', async () => {
    const fromHwp = await readHwp(writeHwp(SYNTHETIC_HWP), {});
    const fromHwpx = await readHwpx(writeHwpx(SYNTHETIC_HWP), {});
    expect(fromHwpx.text).toBe(SYNTHETIC_TEXT);
    expect(fromHwpx.blocks).toEqual(fromHwp.blocks);
    expect([...fromHwpx.positions!]).toEqual([...fromHwp.positions!]);
  });
});

describe('HWPX files that cannot be read get their own clear error', () => {
  const codeOf = async (data: Uint8Array) =>
    readHwpx(data, {}).then(
      () => 'read',
      (error: unknown) =>
        error instanceof ReaderError ? error.code : `not a ReaderError: ${String(error)}`,
    );

  it('names a password-protected package and a damaged one', async () => {
    const parts = hwpxParts(SYNTHETIC_HWP);
    parts['META-INF/manifest.xml'] =
      '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><odf:file-entry odf:full-path="Contents/section0.xml"><odf:encryption-data odf:checksum-type="SHA256"/></odf:file-entry></odf:manifest>';
    expect(await codeOf(zipHwpx(parts))).toBe('password');
    expect(await codeOf(twinBytes.slice(0, twinBytes.length / 2))).toBe('damaged');
    const broken = hwpxParts(SYNTHETIC_HWP);
    broken['Contents/section0.xml'] = broken['Contents/section0.xml']!.replace('</hs:sec>', '');
    expect(await codeOf(zipHwpx(broken))).toBe('damaged');
    const noSections = hwpxParts(SYNTHETIC_HWP);
    delete noSections['Contents/section0.xml'];
    delete noSections['Contents/section1.xml'];
    expect(await codeOf(zipHwpx(noSections))).toBe('damaged');
  });

  it('never throws anything but a ReaderError on mutated packages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(twinBytes.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 12,
        }),
        async (edits) => {
          const mutated = twinBytes.slice();
          for (const [at, value] of edits) mutated[at] = value;
          expect(await codeOf(mutated)).not.toMatch(/^not a ReaderError/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
