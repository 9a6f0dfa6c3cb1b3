import type { Comparison } from '../compare/types';
import type { BudgetLine, DocumentMeta, Finding, PersonnelRow } from '../model/report';

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
  lineKey: string;
  kind: 'question' | 'finding' | 'follow-up';
  status: 'open' | 'answered' | 'closed';
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

export interface PackSection {
  id: string;
  department: string;
  bureau?: string;
  personnel: PersonnelRow[];
  budget: Comparison;
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
