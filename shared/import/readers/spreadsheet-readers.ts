import { readCsv } from './csv/csv-reader';
import type { Readers } from './types';
import { readXlsx } from './xlsx/xlsx-reader';

/** The spreadsheet readers, for the platforms' reader maps (both run in Node and in a worker). */
export const spreadsheetReaders: Readers = { csv: readCsv, xlsx: readXlsx };
