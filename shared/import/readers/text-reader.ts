import { textToBlocks } from '../blocks/text-to-blocks';
import { decodeReportBytes, ReportDecodeError } from '../decode';
import type { ImportWarning } from '../../model/report';
import { ReaderError } from './reader-error';
import type { ReaderOutput } from './types';

/** Text report bytes (UTF-8 or CP949) → blocks, line for line. */
export function readTextReport(bytes: Uint8Array): ReaderOutput {
  let decoded: ReturnType<typeof decodeReportBytes>;
  try {
    decoded = decodeReportBytes(bytes);
  } catch (error) {
    if (error instanceof ReportDecodeError)
      throw new ReaderError(
        'undecodable',
        {
          ko: 'UTF-8도 CP949(EUC-KR)도 아닌 인코딩입니다',
          en: 'the text is neither UTF-8 nor CP949 (EUC-KR)',
        },
        'text',
      );
    throw error;
  }
  const text = decoded.text.startsWith('\ufeff') ? decoded.text.slice(1) : decoded.text;
  const warnings: ImportWarning[] = [];
  return {
    format: 'text',
    text,
    blocks: textToBlocks(text, { warnings }),
    warnings,
    encoding: decoded.encoding,
  };
}
