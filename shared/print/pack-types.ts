import type { Comparison } from '../compare/types';
import type { FigureBasis } from '../figures/meaning';
import type { BudgetLine, DocumentMeta, Finding, PersonnelRow } from '../model/report';
import type { NoteKind, NoteStatus } from '../model/note-status';

/** What a briefing pack is made of; the UI loads it from the store, the CLI from parsed files. */
export interface PackInput {
  pack: {
    title: string;
    council?: string;
    session?: string;
    date?: string;
    preparedBy?: string;
    /** departments to include, in order; empty = every department */
    departments: readonly string[];
    includeFindings: boolean;
    includeNotes: boolean;
  };
  documents: readonly { id: number; meta: DocumentMeta; fileName?: string }[];
  lines: readonly (BudgetLine & { documentId: number })[];
  personnel: readonly (PersonnelRow & { documentId: number })[];
  findings: readonly (Finding & { documentId: number })[];
  notes: readonly PackNote[];
}

export interface PackNote {
  /** the document the note was written on; a note without one goes with every line of its key */
  documentId?: number;
  lineKey: string;
  kind: NoteKind;
  status: NoteStatus;
  text: string;
  author?: string;
}

export interface FlaggedLine {
  project: string;
  finding: Finding;
  documentTitle: string;
}

export interface SectionNote extends PackNote {
  project: string;
}

/** A department's own total for a year, as its document states it (세출 총괄 and the like). */
export interface StatedTotal {
  fiscalYear: number;
  value: number;
  bases: FigureBasis[];
  documentId?: number;
}

export interface PackSection {
  id: string;
  department: string;
  bureau?: string;
  /** the issuing local government, when the pack covers several */
  organization?: string;
  personnel: PersonnelRow[];
  /** its projects in the latest year against the year before (see departmentBudget) */
  budget: Comparison;
  /** the department's own stated total for the latest year, when its document gives one */
  statedTotal?: StatedTotal;
  flagged: FlaggedLine[];
  notes: SectionNote[];
}

export interface AppendixFinding {
  documentTitle: string;
  finding: Finding;
}

export interface PackModel {
  cover: {
    title: string;
    council?: string;
    session?: string;
    date?: string;
    preparedBy?: string;
    documents: string[];
  };
  sections: PackSection[];
  appendix: AppendixFinding[];
}
