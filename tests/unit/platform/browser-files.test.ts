import { describe, expect, it } from 'vitest';
import {
  acceptAttribute,
  downloadFileName,
  downloadMimeType,
  printTitle,
  readPicked,
} from '../../../renderer/src/platform/browser-files';
import { MAX_IPC_FILE_BYTES } from '../../../shared/ipc-contract';

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

describe('readPicked', () => {
  it('reads a file within the limit whole', async () => {
    const file = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'a.pdf');
    const picked = await readPicked(file);
    expect(picked).toEqual({ name: 'a.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
  });

  it('does not read a file over the limit, but keeps its name and size for the message', async () => {
    let read = false;
    const huge = {
      name: 'huge.pdf',
      size: MAX_IPC_FILE_BYTES + 1,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    const picked = await readPicked(huge);
    expect(picked).toEqual({
      name: 'huge.pdf',
      bytes: new Uint8Array(),
      size: MAX_IPC_FILE_BYTES + 1,
    });
    expect(read).toBe(false);
  });
});
