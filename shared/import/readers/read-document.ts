import type { DocumentFormat } from '../../model/report';
import { cancelled } from './cancel';
import { readCsv } from './csv/csv-reader';
import { decodeSample } from './csv/decode-csv';
import { looksLikeDelimitedTable } from './csv/delimited';
import { sniffFormat, type SniffedFormat } from './detect';
import { ReaderError } from './reader-error';
import { readTextReport } from './text-reader';
import type { ReadOptions, ReaderOutput, Readers } from './types';

const FORMAT_NAME: Record<DocumentFormat, string> = {
  text: '텍스트',
  pdf: 'PDF',
  hwp: 'HWP',
  hwpx: 'HWPX',
  csv: 'CSV',
  xlsx: 'XLSX',
};

function refusal(sniffed: SniffedFormat): ReaderError | undefined {
  switch (sniffed) {
    case 'empty':
      return new ReaderError('empty', { ko: '빈 파일입니다', en: 'the file is empty' });
    case 'drm':
      return new ReaderError('drm', {
        ko: '문서보안(DRM)으로 잠긴 파일입니다. 보안을 해제한 원본을 받아 가져오세요',
        en: 'the file is wrapped in DRM (document security); ask for the unprotected original',
      });
    case 'hwp3':
      return new ReaderError('unsupported', {
        ko: '한글 97 이전(HWP 3) 형식은 읽지 못합니다. 한글에서 HWP 또는 HWPX로 다시 저장해 주세요',
        en: 'HWP 3 (Hangul 97 and older) is not supported; save it again as HWP or HWPX',
      });
    case 'cfb-other':
      return new ReaderError('unsupported', {
        ko: 'HWP 문서가 아닌 오피스 파일(구형 Word·Excel 등)입니다',
        en: 'an Office file (old Word or Excel) that is not an HWP document',
      });
    case 'xls':
      return new ReaderError('unsupported', {
        ko: '구형 Excel(.xls) 파일은 읽지 못합니다. Excel에서 .xlsx 또는 CSV로 저장해 주세요',
        en: 'old Excel (.xls) files are not supported; save it as .xlsx or CSV in Excel',
      });
    case 'office-encrypted':
      return new ReaderError('password', {
        ko: '암호가 걸린 오피스 파일입니다. 암호를 해제해 저장한 뒤 가져오세요',
        en: 'a password-protected Office file; remove the password, save, and import again',
      });
    case 'zip-other':
      return new ReaderError('unsupported', {
        ko: 'HWPX나 XLSX가 아닌 압축 파일입니다',
        en: 'a zip package that is neither HWPX nor XLSX',
      });
    case 'binary':
      return new ReaderError('unsupported', {
        ko: '읽을 수 있는 형식(HWP, HWPX, PDF, CSV, XLSX, 텍스트)이 아닌 바이너리 파일입니다',
        en: 'a binary file in none of the formats we read (HWP, HWPX, PDF, CSV, XLSX, text)',
      });
    default:
      return undefined;
  }
}

/**
 * Any supported file → blocks. The format is told from the bytes; the platform passes the readers
 * it can run (the CLI Node's, the import worker the browser's). Text is always read here.
 */
export async function readDocument(
  bytes: Uint8Array,
  options: ReadOptions = {},
  readers: Readers = {},
): Promise<ReaderOutput> {
  const sniffed = sniffFormat(bytes);
  const refused = refusal(sniffed);
  if (refused) throw refused;
  // CSV is told from a report by content, not by name: rows of one width from the top
  if (sniffed === 'text' && looksLikeDelimitedTable(decodeSample(bytes))) {
    if (options.signal?.aborted) throw cancelled('csv');
    return (readers.csv ?? readCsv)(bytes, options);
  }
  if (sniffed === 'text' && !readers.text) return readTextReport(bytes);
  const format = sniffed as DocumentFormat;
  const reader = readers[format];
  if (!reader)
    throw new ReaderError(
      'unsupported',
      {
        ko: `${FORMAT_NAME[format]} 파일은 아직 읽지 못합니다`,
        en: `${format.toUpperCase()} files cannot be read yet`,
      },
      format,
    );
  if (options.signal?.aborted) throw cancelled(format);
  return reader(bytes, options);
}

export { cancelled };
