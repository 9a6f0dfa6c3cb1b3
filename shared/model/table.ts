/**
 * An interpreted table: what the importer hands to the consistency audit.
 * Money cells are already in integer won; rates in percent as printed; counts as plain numbers.
 */
import type { FundingSource, SourceRef } from './report';
import type { LocalizedText } from './localized-text';
import type { SourcePosition } from './source';
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
  | `account:${AccountKind}`
  | 'totalCost'
  /** money of a year other than the table's own (a multi-year plan's `'26년 이후`) */
  | 'otherYear'
  | 'count'
  | 'text'
  | 'other';

/** 일반회계 / 특별회계 / 기금: parts of a total by account, never a funding split. */
export type AccountKind = 'general' | 'special' | 'fund';

export type TableKind = 'money' | 'count' | 'personnel' | 'unknown';

export type CellValue =
  | { kind: 'number'; value: number; decimals: number; text: string }
  | { kind: 'nothing'; text: string }
  | { kind: 'text'; text: string };

export interface TableColumn {
  role: ColumnRole;
  /** header text, normalised (spaces removed), both header rows joined with '/' */
  label: string;
  /**
   * Set when the role was guessed rather than read from an unambiguous header (a bare `금액`, a
   * column named by its position, a role the figures suggested): what was guessed. A check that
   * rests on this column is then a warning, never an error.
   */
  inferred?: LocalizedText;
  /** for a rate: the column its part is (the `10.31기준` 집행액 a `집행률(10.31기준)` names) */
  partColumn?: number;
  /** for a rate: the column its base is */
  baseColumn?: number;
}

export interface TableRow {
  label: string;
  /** index in rows of the row this one adds up into, when the table is hierarchical */
  parentIndex?: number;
  /** a 계 / 합계 / 총계 / 소계 row: its cells are stated sums of its children (or of all rows) */
  isTotal: boolean;
  cells: CellValue[];
  source: SourceRef;
  /** where each cell sits in the original (a PDF cell's box, an HWP cell), when the reader says */
  cellSources?: (SourcePosition | undefined)[];
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
  /**
   * How the rows' parentIndex was decided: 'explicit' (labelled 계/소계 rows, indentation, or the
   * user said so) or 'sums' (inferred from the figures adding up). Absent = explicit.
   */
  hierarchy?: 'explicit' | 'sums';
  /** set when the unit was assumed (no `(단위: …)` anywhere): what was assumed */
  unitInferred?: LocalizedText;
  /**
   * The notes printed right under the table (`* 2023년도 1,527,748대 대비 1.02% 증가`, `※ …`): they
   * state figures about the table's own cells, which the audit checks against them.
   */
  notes?: TableNote[];
}

/** A sentence printed right under a table, about its figures. */
export interface TableNote {
  text: string;
  source: SourceRef;
}
