import { describe, expect, it } from 'vitest';
import { decodeReportBytes, parseReportBytes, ReportDecodeError } from '../../../shared/import';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR } from './fixtures';

describe('decoding report bytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode('사업비: 1,000천원(구비)');
    expect(decodeReportBytes(bytes)).toEqual({
      text: '사업비: 1,000천원(구비)',
      encoding: 'utf-8',
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeReportBytes(withBom).text).toBe('사업비: 1,000천원(구비)');
  });

  it('reads CP949 (EUC-KR) when the bytes are not UTF-8', () => {
    const bytes = readFileSync(join(FIXTURE_DIR, 'cp949-report.txt'));
    const { text, encoding } = decodeReportBytes(bytes);
    expect(encoding).toBe('euc-kr');
    expect(text).toContain('주요업무 계획');
    const report = parseReportBytes(bytes, 'cp949-report.txt');
    expect(report.lines.find((l) => l.requiredBudget === 96_000_000)?.funding).toEqual({
      city: 60_000_000,
      district: 36_000_000,
    });
  });

  it('refuses binary data with a clear error', () => {
    expect(() => decodeReportBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toThrow(
      ReportDecodeError,
    );
  });

  it('refuses bytes that are neither UTF-8 nor CP949', () => {
    expect(() => decodeReportBytes(new Uint8Array([0xff, 0xfe, 0xff, 0xfe, 0x41]))).toThrow(
      /UTF-8/,
    );
  });
});
