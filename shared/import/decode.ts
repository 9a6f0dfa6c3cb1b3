/** The bytes of a file are not text in an encoding we read (UTF-8 or CP949/EUC-KR). */
export class ReportDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportDecodeError';
  }
}

export interface DecodedReport {
  text: string;
  encoding: 'utf-8' | 'euc-kr';
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/**
 * Report bytes → text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise
 * CP949/EUC-KR (what Korean Windows tools write). Throws ReportDecodeError when neither fits.
 */
export function decodeReportBytes(bytes: Uint8Array): DecodedReport {
  if (looksBinary(bytes))
    throw new ReportDecodeError(
      '텍스트 파일이 아닙니다 (바이너리 데이터) / not a text file (binary data)',
    );
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try the Korean legacy encoding
  }
  try {
    const text = new TextDecoder('euc-kr', { fatal: true }).decode(bytes);
    return { text, encoding: 'euc-kr' };
  } catch {
    throw new ReportDecodeError(
      'UTF-8도 CP949(EUC-KR)도 아닌 인코딩입니다 / the text is neither UTF-8 nor CP949 (EUC-KR)',
    );
  }
}
