import type { BudgetLine, PersonnelRow, SourceRef } from './report';
import type { AuditTable } from './table';

/** A name as the document wrote it, so the audit can spot one that is one character off a known one. */
export interface ObservedName {
  kind: 'funding' | 'department';
  name: string;
  source: SourceRef;
}

/** Everything the importer hands to the consistency audit (shared/audit). */
export interface AuditInput {
  tables: AuditTable[];
  lines: BudgetLine[];
  personnel: PersonnelRow[];
  names: ObservedName[];
}
