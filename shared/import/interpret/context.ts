import type { DocumentKind } from '../../model/report';
import type { HeadingBlock } from '../blocks/types';
import { tidySpaces } from '../../text/compact';
import { isStandardLabel } from './sections';

/** `6. 로컬푸드 직매장 운영(비예산)`: a project heading that says it has no budget. */
export const NO_BUDGET_SUFFIX = /\s*[(（[]\s*비\s*예\s*산\s*[)）\]]\s*$/;

/** Ordinal heading styles, outermost first: `1.` › `가.` › `1)` › `①`. */
const ORDINAL_RANK: Partial<Record<HeadingBlock['marker'], number>> = {
  number: 1,
  hangul: 2,
  'paren-number': 3,
  circled: 4,
};
const SYMBOL_PROJECT: ReadonlySet<HeadingBlock['marker']> = new Set([
  'square',
  'filled-square',
  'circle',
  'hash',
  'bold',
  'diamond',
  'bracket',
]);

export interface ProjectRef {
  name: string;
  line: number;
  rank: number;
  /** key of the budget line made for this project, once there is one */
  lineKey?: string;
  /** source line of that budget line */
  statementLine?: number;
  /** that line's main amount in won, to recognise a sub-project table that adds up to it */
  amount?: number;
  fiscalYear: number;
  department?: string;
}

/** Where the reader is in the document: section (year, kind), department, and the open project headings. */
export class ReadingContext {
  fiscalYear: number;
  kind: DocumentKind;
  department: string | undefined;
  private stack: ProjectRef[] = [];
  private fallback: ProjectRef | undefined;
  /** the latest symbol heading (`□ 청년 월세 지원`) inside an ordinal project, a sub-project candidate */
  private symbol: { name: string; line: number } | undefined;

  constructor(fiscalYear: number, kind: DocumentKind, department: string | undefined) {
    this.fiscalYear = fiscalYear;
    this.kind = kind;
    this.department = department;
  }

  startSection(fiscalYear: number, kind: DocumentKind): void {
    this.fiscalYear = fiscalYear;
    this.kind = kind;
    this.closeProjects();
  }

  startDepartment(name: string): void {
    this.department = name;
    this.closeProjects();
  }

  closeProjects(): void {
    this.stack = [];
    this.fallback = undefined;
    this.symbol = undefined;
  }

  /** Feeds a heading; returns true when it opened a project. */
  heading(block: HeadingBlock): boolean {
    const name = tidySpaces(block.text.replace(NO_BUDGET_SUFFIX, ''));
    if (name === '' || isStandardLabel(name)) return false;
    const rank = ORDINAL_RANK[block.marker];
    const ref = (r: number): ProjectRef => {
      const project: ProjectRef = { name, line: block.line, rank: r, fiscalYear: this.fiscalYear };
      if (this.department) project.department = this.department;
      return project;
    };
    if (rank !== undefined) {
      while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.rank >= rank)
        this.stack.pop();
      this.stack.push(ref(rank));
      this.fallback = undefined;
      this.symbol = undefined;
      return true;
    }
    if (SYMBOL_PROJECT.has(block.marker) && name.length <= 40 && !name.includes(':')) {
      if (this.stack.length > 0) {
        this.symbol = { name, line: block.line };
        return false;
      }
      this.fallback = ref(9);
      return true;
    }
    return false;
  }

  /**
   * A symbol heading written after the current project's own budget line: a second budgeted item
   * of that project (`1. 복지 강화` › `□ 청년 월세 지원` › `○ 사업비: …`).
   */
  subProjectAfter(line: number): { name: string; line: number } | undefined {
    return this.symbol && this.symbol.line > line ? this.symbol : undefined;
  }

  /** The project that inline amounts and sub-project tables belong to right now. */
  project(): ProjectRef | undefined {
    return this.stack[this.stack.length - 1] ?? this.fallback;
  }
}
