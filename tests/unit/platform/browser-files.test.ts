import { describe, expect, it } from 'vitest';
import {
  acceptAttribute,
  downloadFileName,
  downloadMimeType,
  printTitle,
} from '../../../renderer/src/platform/browser-files';

describe('browser platform helpers', () => {
  it('joins an accept list for <input accept>, dropping blanks', () => {
    expect(acceptAttribute(['.txt', ' text/csv ', ''])).toBe('.txt,text/csv');
  });

  it("uses the caller's MIME type, else guesses it from the extension", () => {
    expect(downloadMimeType('a.csv', 'text/x-custom')).toBe('text/x-custom');
    expect(downloadMimeType('보고서.CSV')).toBe('text/csv;charset=utf-8');
    expect(downloadMimeType('pack.pdf')).toBe('application/pdf');
    expect(downloadMimeType('noextension')).toBe('application/octet-stream');
  });

  it('keeps folders and forbidden characters out of download names', () => {
    expect(downloadFileName('../a/b:c.txt')).toBe('.._a_b_c.txt');
    expect(downloadFileName('  ')).toBe('download');
  });

  it('turns a suggested PDF name into the page title the print dialog offers', () => {
    expect(printTitle('2024 브리핑 자료.pdf')).toBe('2024 브리핑 자료');
  });
});
