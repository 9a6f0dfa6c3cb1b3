export type { ReaderOutput, ReadOptions, Reader, Readers } from './types';
export { ReaderError, isReaderError, type ReaderErrorCode } from './reader-error';
export { sniffFormat, type SniffedFormat } from './detect';
export { readDocument, cancelled } from './read-document';
export { readTextReport } from './text-reader';
export { withPositions } from './positions';
