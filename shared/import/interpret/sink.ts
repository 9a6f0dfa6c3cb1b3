import type { ObservedName, SubProjectLink } from '../../model/audit-input';
import type {
  BudgetLine,
  DocumentKind,
  Finding,
  ImportWarning,
  PersonnelRow,
} from '../../model/report';
import type { AuditTable } from '../../model/table';
import type { LocalizedText } from '../../model/localized-text';
import type { LineKeys } from './line-keys';
import type { TableReading } from './table-corrections';

/** Everything stage 2 collects while it reads the blocks. */
export interface Collected {
  lines: BudgetLine[];
  personnel: PersonnelRow[];
  tables: AuditTable[];
  names: ObservedName[];
  warnings: ImportWarning[];
  /** checks only the importer can make */
  findings: Finding[];
  /** sub-project tables linked to their project, for the audit to add up */
  subProjects: SubProjectLink[];
  /** lines whose parent the layout suggested rather than stated */
  inferredLinks: string[];
  keys: LineKeys;
  /** how each table was read (header rows, column roles, unit, hierarchy), for the preview */
  readings: TableReading[];
  bureau?: string;
  /** years named by table captions (`2024년 단위사업 집행현황`) that lines were filed under */
  captionYears?: number[];
  /** the year the document is about (the cover's, else the one its body names most) */
  documentYear?: number;
  /** the year and kind the cover gives (title or date), when it gives one */
  cover?: {
    fiscalYear: number;
    kind: DocumentKind;
    /** a report on the year's work under way (`주요 업무 보고`), not on a year ended (`추진실적`) */
    ongoing?: true;
  };
}

export function warn(collected: Collected, line: number, message: LocalizedText): void {
  collected.warnings.push({ message, line: Math.max(1, line) });
}

export function observeDepartment(
  collected: Collected,
  name: string,
  line: number,
  text?: string,
): void {
  const source = text === undefined ? { line } : { line, text };
  collected.names.push({ kind: 'department', name, source });
}
