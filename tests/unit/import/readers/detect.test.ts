import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseDocument,
  readDocument,
  ReaderError,
  sniffFormat,
  withPositions,
} from '../../../../shared/import';
import { parseReportText } from '../../../../shared/import';
import { corpusBytes, corpusFiles, corpusPresent } from '../../../support/corpus';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('telling a file’s format from its first bytes', () => {
  it('knows a PDF, a compound-file HWP, an HWPX, an XLSX and text whatever their names', () => {
    expect(sniffFormat(bytes('%PDF-1.7\n…'))).toBe('pdf');
    const cfb = new Uint8Array(600);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(sniffFormat(cfb)).toBe('cfb-other');
    cfb.set(bytes('HWP Document File'), 512);
    expect(sniffFormat(cfb)).toBe('hwp');
    const zip = (member: string) => {
      const out = new Uint8Array(64);
      out.set([0x50, 0x4b, 0x03, 0x04]);
      out.set(bytes(member), 30);
      return out;
    };
    expect(sniffFormat(zip('Contents/section0.xml'))).toBe('hwpx');
    expect(sniffFormat(zip('xl/workbook.xml'))).toBe('xlsx');
    expect(sniffFormat(zip('word/document.xml'))).toBe('zip-other');
    expect(sniffFormat(bytes('<MARKANY_DOCUMENT …'))).toBe('drm');
    expect(sniffFormat(bytes('1. 일반현황\n\t정원\t현원\n'))).toBe('text');
    expect(sniffFormat(new Uint8Array())).toBe('empty');
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => {
        expect(typeof sniffFormat(data)).toBe('string');
      }),
    );
  });

  it.skipIf(!corpusPresent('hwp', 'format detection on the HWP corpus'))(
    'reads the real HWP corpus as HWP, HWPX and a DRM wrapper by content',
    () => {
      for (const file of corpusFiles('hwp/hwp')) expect(sniffFormat(corpusBytes(file))).toBe('hwp');
      for (const file of corpusFiles('hwp/hwpx'))
        expect(sniffFormat(corpusBytes(file))).toBe('hwpx');
      for (const file of corpusFiles('hwp/negative'))
        expect(sniffFormat(corpusBytes(file))).toBe('drm');
    },
  );
});

describe('reading any document', () => {
  it('reads text exactly as the text importer does', async () => {
    const text = '2025년 주요업무 계획\n\n□ 사업비: 1,000천원(구비)\n';
    const parsed = await parseDocument(bytes(text), { fileName: 'a.txt' });
    expect(parsed.read.format).toBe('text');
    expect(parsed.report).toEqual(parseReportText(text, 'a.txt'));
  });

  it('refuses a DRM wrapper and an empty file with their own reasons', async () => {
    await expect(readDocument(bytes('<MARKANY_DOCUMENT>'))).rejects.toMatchObject({
      code: 'drm',
    });
    await expect(readDocument(new Uint8Array())).rejects.toBeInstanceOf(ReaderError);
  });

  it('says a format is not readable yet when the platform has no reader for it', async () => {
    await expect(readDocument(bytes('%PDF-1.4'), {}, {})).rejects.toMatchObject({
      code: 'unsupported',
      format: 'pdf',
    });
  });

  it('hands a format’s bytes to the reader the platform gives', async () => {
    const read = await readDocument(
      bytes('%PDF-1.4'),
      { fileName: 'x.pdf' },
      {
        pdf: async () => ({ format: 'pdf', text: 'a', blocks: [], warnings: [], pages: 1 }),
      },
    );
    expect(read).toMatchObject({ format: 'pdf', pages: 1 });
  });
});

describe('source positions', () => {
  it('are given to every line, personnel row and finding from the line they were read on', () => {
    const report = parseReportText('2025년 주요업무 계획\n\n□ 사업비: 1,000천원(구비)\n');
    expect(report.lines.length).toBeGreaterThan(0);
    const line = report.lines[0]!.source.line;
    const placed = withPositions(report, new Map([[line, { page: 3, box: [1, 2, 3, 4] }]]));
    expect(placed.lines[0]!.source).toMatchObject({ line, page: 3, box: [1, 2, 3, 4] });
    expect(report.lines[0]!.source.page).toBeUndefined();
  });
});
