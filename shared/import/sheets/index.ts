/** Spreadsheets (CSV, XLSX): column mapping and interpretation. See README.md in this folder. */
export type { SheetCell, SheetGrid } from './types';
export { SHEET_ROLES, type SheetRole, type RoleKind } from './roles';
export { recogniseHeader, type HeaderReading } from './recognise';
export {
  proposeMapping,
  reuseMapping,
  headerSignature,
  type ColumnMapping,
  type ColumnAssignment,
  type MappingOptions,
  type UnitSource,
} from './mapping';
export type { SpreadsheetOptions } from './options';
export { interpretSheet, type SheetInterpretation, type SheetStats } from './interpret-sheet';
export type { BadRow } from './collect-rows';
export {
  parseSpreadsheet,
  chooseSheet,
  SheetChoiceError,
  type SpreadsheetParse,
  type SpreadsheetSummary,
  type SheetSummary,
} from './parse-spreadsheet';
export { renderRow } from './render';
