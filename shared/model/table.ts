/**
 * An interpreted table: what the importer hands to the consistency audit.
 * Money cells are already in integer won; rates in percent as printed; counts as plain numbers.
 */
import type { FundingSource, SourceRef } from './report';
import type { TableUnit } from '../money/types';

export type ColumnRole =
  | 'label'
  | 'budget'
  | 'previousBudget'
  | 'currentBudget'
  | 'originalBudget'
  | 'supplementary'
  | 'carriedOver'
  | 'change'
  | 'changeRate'
  | 'obligated'
  | 'spent'
  | 'obligationRate'
  | 'executionRate'
  | 'projectedSpend'
  | 'projectedRate'
  | 'projectedLapse'
  | 'collected'
  | 'collectionRate'
  | 'total'
  | 'authorized'
  | 'current'
  | 'surplus'
  | `funding:${FundingSource}`
  | 'count'
  | 'text'
  | 'other';

export type TableKind = 'money' | 'count' | 'personnel' | 'unknown';

export type CellValue =
  | { kind: 'number'; value: number; decimals: number; text: string }
  | { kind: 'nothing'; text: string }
  | { kind: 'text'; text: string };

export interface TableColumn {
  role: ColumnRole;
  /** header text, normalised (spaces removed), both header rows joined with '/' */
  label: string;
}

export interface TableRow {
  label: string;
  /** index in rows of the row this one adds up into, when the table is hierarchical */
  parentIndex?: number;
  /** a 계 / 합계 / 총계 / 소계 row: its cells are stated sums of its children (or of all rows) */
  isTotal: boolean;
  cells: CellValue[];
  source: SourceRef;
  /** key of the budget line made from this row, if any */
  lineKey?: string;
}

export interface AuditTable {
  kind: TableKind;
  caption?: string;
  /** the `(단위: …)` the table declared, when known (the audit words messages in it and allows
   * rounding in 백만원/억원 tables); without it the audit infers the unit from the cells */
  unit?: TableUnit;
  columns: TableColumn[];
  rows: TableRow[];
  source: SourceRef;
}
