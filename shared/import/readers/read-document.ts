import type { DocumentFormat } from '../../model/report';
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

export function cancelled(format?: DocumentFormat): ReaderError {
  return new ReaderError(
    'cancelled',
    { ko: '가져오기를 취소했습니다', en: 'the import was cancelled' },
    format,
  );
}
