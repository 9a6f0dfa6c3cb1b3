import type { DocumentFormat } from '../../model/report';
import { ReaderError } from './reader-error';

export function cancelled(format?: DocumentFormat): ReaderError {
  return new ReaderError(
    'cancelled',
    { ko: '가져오기를 취소했습니다', en: 'the import was cancelled' },
    format,
  );
}
