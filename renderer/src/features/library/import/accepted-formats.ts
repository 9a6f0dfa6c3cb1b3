/**
 * What the file picker offers (and Electron's open dialog lists). Only a hint for the dialog: the
 * format is told from the file's first bytes, so a dropped file with any name is read the same.
 */
export const IMPORT_ACCEPT: readonly string[] = [
  '.pdf',
  '.hwp',
  '.hwpx',
  '.csv',
  '.xlsx',
  '.txt',
  'application/pdf',
  'text/csv',
  'text/plain',
];
