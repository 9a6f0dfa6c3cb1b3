import type { MoneyUnit } from '../../money/types';
import type { ColumnMapping } from './mapping';

/** What the user (or the CLI's flags) may say about a spreadsheet before it is read. */
export interface SpreadsheetOptions {
  /** CSV: the text encoding, overriding detection (`--encoding cp949`) */
  encoding?: 'utf-8' | 'euc-kr';
  /** XLSX: the sheet to read (default: the one whose headers are recognised) */
  sheet?: string;
  /** the unit of the amounts (`--unit 천원`), overriding what the file says */
  unit?: MoneyUnit;
  fiscalYear?: number;
  /** a mapping the user confirmed in the preview: used as it is */
  mapping?: ColumnMapping;
  /** mappings confirmed before: one with the same header signature is offered again */
  saved?: readonly ColumnMapping[];
}
