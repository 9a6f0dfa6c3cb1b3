import type { DocumentKind } from '../../model/report';
import type { HeadingBlock, SourcePosition } from '../blocks/types';
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
  /** the years its outline states (`사업기간 : 2023년 ~ 2026년`), where a table's cells give them */
  period?: { from: number; to: number };
}

/** A project a table names in a cell, and where that cell's row sits on its page. */
export interface QueuedProject {
  name: string;
  line: number;
  period?: { from: number; to: number };
  page?: number;
  top?: number;
  bottom?: number;
}

/** `ㅇ (광안대교 경관조명) 조명 교체(33억원)`: a list item that names its subject first, in parentheses. */
export interface Topic {
  name: string;
  line: number;
  /** how deep the item sits: items deeper than this belong to it */
  rank: number;
}

/** `▹5.8억원`, `▸ 총사업비 214억원`: what follows an arrow is the project's figure, not its name. */
const ARROW_TAIL = /\s*[▹▸‣➜➡⇨].*$/;

/** A project heading's name: without `(비예산)`, an arrow figure, or a leading topic in parentheses. */
export function projectName(text: string): string {
  const name = tidySpaces(text.replace(NO_BUDGET_SUFFIX, '').replace(ARROW_TAIL, ''));
  return workAndAim(name) ?? name;
}

/** `해피챌린지 추진, 15분도시 대표 모델 조기 준공 및 확산`: the work done, then what it is for. */
const WORK_THEN_AIM =
  /^(\S+(?:\s+\S+)*?\s+(?:추진|사업화|시행|실시|개최|운영)),\s+\S+(?:\s+\S+)*\s+(?:제고|향상|강화|확산|기여|도모|실현|노력|가시화)$/;

/**
 * A heading that names the work in its first clause and the aim in its second names its project
 * by the first: the aim is no project of its own.
 */
function workAndAim(name: string): string | undefined {
  return WORK_THEN_AIM.exec(name)?.[1];
}

/** The subject a list item names first: `(광안대교 관광자원화 2단계) 앵커리지 조명 교체` → the words in parentheses. */
export function leadOf(text: string): string | undefined {
  const match = /^[(（]\s*([^()（）]{2,40}?)\s*[)）]\s*\S/.exec(text.trim());
  if (!match) return undefined;
  const lead = tidySpaces(match[1]!);
  // `(단위: 백만원)`, `(’24.)`, `(계속)`: not a subject
  if (
    !/[가-힣A-Za-z]{2}/.test(lead) ||
    /단위|계속|기준|^[^\p{L}\p{N}]/u.test(lead) ||
    isStandardLabel(lead)
  )
    return undefined;
  return lead;
}

/** Where the reader is in the document: section (year, kind), department, and the open project headings. */
export class ReadingContext {
  fiscalYear: number;
  kind: DocumentKind;
  department: string | undefined;
  /** the year a `※ 2023년 예산 세부 내역` label gives the items under it, over their project's */
  labelYear: number | undefined;
  /** the years the outline just above the table being read states (`사업기간 : 2023. ~ 2026.`) */
  tablePeriod: { from: number; to: number } | undefined;
  private stack: ProjectRef[] = [];
  private fallback: ProjectRef | undefined;
  /** the latest symbol heading (`□ 청년 월세 지원`) inside an ordinal project, a sub-project candidate */
  private symbol: { name: string; line: number; marker: HeadingBlock['marker'] } | undefined;
  /** the latest list item naming its subject in parentheses, for the deeper items below it */
  private topicItem: Topic | undefined;
  /** projects a table named in its cells (`사업명 : …`), for the tables drawn inside those cells */
  private queued: QueuedProject[] = [];
  /** a project named by an ordinal item's field (`가. 과업명: …`), and that item's rank */
  private named: { project: ProjectRef; rank: number } | undefined;
  /** the project the latest `사업명 : …` field named, while its outline lasts */
  private fieldNamed: ProjectRef | undefined;

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
    this.named = undefined;
    this.fieldNamed = undefined;
    this.queued = [];
    this.stack = [];
    this.fallback = undefined;
    this.symbol = undefined;
    this.topicItem = undefined;
  }

  /** Feeds a list item: a `(subject) …` item opens a topic; an item as shallow as the topic ends it. */
  listItem(text: string, line: number, rank: number): void {
    if (this.topicItem && rank <= this.topicItem.rank) this.topicItem = undefined;
    const lead = leadOf(text);
    if (lead) this.topicItem = { name: lead, line, rank };
  }

  /**
   * The topic a paragraph right under its item carries on (`ㅇ (환승센터) …` / `E/S 6대 ▸ 총사업비
   * 214억원`): a paragraph has no depth of its own, and ends no item.
   */
  openTopic(): Topic | undefined {
    return this.topicItem;
  }

  /** The topic a block of this rank belongs to (only blocks deeper than the topic's item). */
  topic(rank: number): Topic | undefined {
    return this.topicItem && rank > this.topicItem.rank ? this.topicItem : undefined;
  }

  /** Projects a table names in its cells, in order: the tables that follow take them one by one. */
  queueProjects(names: readonly QueuedProject[]): void {
    this.queued = [...names];
  }

  /**
   * The project a table named in the cell this table is drawn in (found by page and position when
   * the reader gives them, else the next in order); undefined when none.
   */
  takeQueued(where?: SourcePosition): ProjectRef | undefined {
    const middle = where?.box ? (where.box[1] + where.box[3]) / 2 : undefined;
    const inside = this.queued.findIndex(
      (entry) =>
        middle !== undefined &&
        entry.page === where?.page &&
        entry.top !== undefined &&
        entry.bottom !== undefined &&
        middle >= entry.top &&
        middle <= entry.bottom,
    );
    const [next] = this.queued.splice(inside >= 0 ? inside : 0, 1);
    if (!next) return undefined;
    const project: ProjectRef = {
      name: next.name,
      line: next.line,
      rank: 9,
      fiscalYear: this.fiscalYear,
    };
    if (this.department) project.department = this.department;
    if (next.period) project.period = next.period;
    return project;
  }

  /**
   * `사 업 명 : 야간관광 특화도시 조성사업`: a field that names the project outright. Written as an
   * ordinal item (`가. 과업명: …` under `2. 과업개요`), it names the section it is an item of: its
   * sibling items (`나. 과업기간: …`, `마. 소요예산: …`) and theirs are that project's outline,
   * until a heading as shallow as the section.
   */
  nameProject(name: string, line: number, item?: HeadingBlock): void {
    const project: ProjectRef = { name, line, rank: 9, fiscalYear: this.fiscalYear };
    if (this.department) project.department = this.department;
    this.symbol = undefined;
    this.topicItem = undefined;
    const rank = item && ORDINAL_RANK[item.marker];
    if (rank !== undefined) {
      // the field's own heading was taken for a project a moment ago: it is the field, not one
      while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.rank >= rank)
        this.stack.pop();
      this.named = { project, rank };
      return;
    }
    this.fallback = project;
    this.fieldNamed = project;
    this.stack = [];
  }

  /**
   * The project a `사업명 : …` field named, when the current project is an item of its outline
   * (`○ 신청과제` › `② (부산대) 의료해양바이오 선도연구센터`): a table of the parts is the whole's.
   */
  outlineProject(): ProjectRef | undefined {
    return this.fieldNamed;
  }

  /** Feeds a heading; returns true when it opened a project. */
  heading(block: HeadingBlock): boolean {
    this.topicItem = undefined;
    const name = projectName(block.text);
    if (name === '' || isStandardLabel(name)) return false;
    // `(사업개요) 교육·여가 시설 확충`, `(추진상황 및 향후일정)`: an outline item, not a project
    const label = /^[(（]\s*([^()（）]{2,20})\s*[)）]/.exec(name)?.[1];
    if (label && isStandardLabel(label)) return false;
    const rank = ORDINAL_RANK[block.marker];
    const ref = (r: number): ProjectRef => {
      const project: ProjectRef = { name, line: block.line, rank: r, fiscalYear: this.fiscalYear };
      if (this.department) project.department = this.department;
      return project;
    };
    if (rank !== undefined) {
      // `나. 과업기간`, `1) 행사 홍보방안` under a `가. 과업명: …` item: the named project's outline
      if (this.named && rank >= this.named.rank) return false;
      this.named = undefined;
      while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.rank >= rank)
        this.stack.pop();
      this.stack.push(ref(rank));
      this.fallback = undefined;
      this.symbol = undefined;
      return true;
    }
    // a long boxed title (`□ 하나의 앱으로 … 가능한 「○○형 MaaS」 구축`) is still the heading
    // above; a sentence (`…합니다.`) or a field (`사업비: …`) is none
    const titled = name.length <= 60 && !name.includes(':') && !/다\.?$/.test(name);
    if (SYMBOL_PROJECT.has(block.marker) && titled) {
      if (this.stack.length > 0) {
        this.symbol = { name, line: block.line, marker: block.marker };
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

  /**
   * A boxed heading (`□ 도시철도 ○○선 건설(2022~2029)`) between a project's heading and its first
   * statement: the statement is that item's, one of several the project lists.
   */
  boxedItemAfter(line: number): { name: string; line: number } | undefined {
    const symbol = this.symbol && this.symbol.line > line ? this.symbol : undefined;
    // `□ 용역개요`, `□ 행사개요`: an outline of the project itself, not an item of it
    return symbol &&
      (symbol.marker === 'square' || symbol.marker === 'filled-square') &&
      !/개\s*요$/.test(symbol.name)
      ? symbol
      : undefined;
  }

  /**
   * The name of the nearest project heading above: a symbol item (`□ 해피챌린지 추진`) written
   * inside the current project, else that project. An outline box (`□ 용역개요`) names nothing.
   */
  nearestHeading(): string | undefined {
    const project = this.project();
    const symbol = this.symbol;
    if (symbol && symbol.line > (project?.line ?? 0) && !/개\s*요$/.test(symbol.name))
      return symbol.name;
    return project?.name;
  }

  /** The project that inline amounts and sub-project tables belong to right now. */
  project(): ProjectRef | undefined {
    return this.named?.project ?? this.stack[this.stack.length - 1] ?? this.fallback;
  }
}
