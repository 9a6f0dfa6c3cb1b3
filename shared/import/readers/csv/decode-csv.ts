import { ReaderError } from '../reader-error';

export type CsvEncoding = 'utf-8' | 'euc-kr' | 'utf-16le' | 'utf-16be';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

function bom(bytes: Uint8Array): CsvEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** TextDecoder drops a BOM only for the encoding it was made for; drop any that is left. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function tryDecode(encoding: CsvEncoding, bytes: Uint8Array, fatal: boolean): string | null {
  if (fatal && encoding === 'utf-8') {
    // the lenient decoder is the quicker one; without a U+FFFD in its text nothing was invalid, and
    // only a file that has one (invalid, or a real U+FFFD) is decoded again strictly
    const lenient = new TextDecoder('utf-8').decode(bytes);
    if (!lenient.includes('\uFFFD')) return withoutBom(lenient);
  }
  try {
    return withoutBom(new TextDecoder(encoding, { fatal }).decode(bytes));
  } catch {
    return null;
  }
}

/**
 * CSV bytes → text. A byte-order mark decides (UTF-8, or UTF-16 as Excel's "Unicode text" writes);
 * else valid UTF-8 is UTF-8 and anything else CP949/EUC-KR (what Korean Excel saves). `override`
 * (the user's choice) wins over detection, decoding what cannot be decoded as U+FFFD.
 */
export function decodeCsv(bytes: Uint8Array, override?: 'utf-8' | 'euc-kr'): DecodedCsv {
  const marked = bom(bytes);
  if (override) return { text: tryDecode(override, bytes, false) ?? '', encoding: override };
  if (marked) return { text: tryDecode(marked, bytes, false) ?? '', encoding: marked };
  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const korean = tryDecode('euc-kr', bytes, true);
  if (korean !== null) return { text: korean, encoding: 'euc-kr' };
  throw new ReaderError(
    'undecodable',
    {
      ko: 'UTF-8도 CP949(EUC-KR)도 아닌 인코딩입니다. 인코딩을 지정해 다시 가져오세요',
      en: 'the text is neither UTF-8 nor CP949 (EUC-KR); choose the encoding and import again',
    },
    'csv',
  );
}

/** The first part of a file as text, for telling a table from a report (a cut character is harmless). */
export function decodeSample(bytes: Uint8Array, limit = 65_536): string {
  const sample = bytes.subarray(0, limit);
  const marked = bom(sample);
  if (marked) return tryDecode(marked, sample, false) ?? '';
  try {
    return withoutBom(new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true }));
  } catch {
    return tryDecode('euc-kr', sample, false) ?? '';
  }
}
