import type { BudgetLine } from '../../model/report';
import { compact, tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import { isSpecification, readArrowStatement } from './arrow-statement';
import { readBudgetStatement, type BudgetStatement } from './budget-statement';
import type { ProjectRef, ReadingContext } from './context';
import { readNestedParts } from './nested-parts';
import { addOriginalEstimate } from './original-estimate';
import { asOneYearCost, asOutlineTotal } from './outline-period';
import { readPeriodAndCost } from './period-and-cost';
import { warn, type Collected } from './sink';
import { separateLines } from './separate-lines';
import { statusYear } from './status-year';
import { asWholeCostByParts } from './whole-cost-parts';
import { wholeCostYear } from './whole-cost-year';
import { withStatementFunding } from './statement-funding';

/** Bullets the block reader left on the text: `□ 소요예산 …` in a `-` item, `◘ 사업비: …`. */
const LEADING_BULLETS = /^(?:[^\p{L}\p{N}\s(（[［'‘’"“]+\s*)+/u;
/**
 * `사 업 명 : 야간관광 특화도시 조성사업`, `과 업 명: …`, `용역명: …`, `행사명 : 2025년 나무심기`: a
 * field that names the project.
 */
const PROJECT_FIELD = /^(?:사\s*업|과\s*업|용\s*역|행\s*사)\s*명\s*[:：]\s*(\S.{1,60})$/;

const ARROW = /[▹▸‣➜➡⇨]/;
const ARROW_FIRST = /^\s*[▹▸‣➜➡⇨]/;

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

/** `(Regional Leading Research Center)`: an English rendering of the name, words not an acronym */
const ENGLISH_GLOSS = /\s*[(（]\s*[A-Za-z][\w.&'-]*(?:\s+[\w.&'-]+)+\s*[)）]/g;

/** `지역혁신 선도연구센터(Regional Leading Research Center)` → the Korean name the document uses. */
function withoutEnglishGloss(name: string): string {
  const bare = tidySpaces(name.replace(ENGLISH_GLOSS, ' '));
  return /[가-힣]{2}/.test(bare) ? bare : name;
}

function applyStatement(line: BudgetLine, statement: BudgetStatement): void {
  const main = statement.main;
  if (statement.noBudget) line.noBudget = true;
  if (main?.kind === 'money') {
    line[statement.field] = main.won;
    line.statedUnit = main.unit;
    if (main.approximate) line.approximate = true;
  } else if (main?.kind === 'range') {
    line.range = { min: main.min, max: main.max };
    line.statedUnit = main.unit;
    if (main.approximate) line.approximate = true;
  }
  if (statement.period) line.period = statement.period;
  withStatementFunding(line, statement);
  if (statement.originalBudget !== undefined) line.originalBudget = statement.originalBudget;
  if (statement.supplementary !== undefined) line.supplementary = statement.supplementary;
  if (statement.carriedOver !== undefined) line.carriedOver = statement.carriedOver;
}

function observe(collected: Collected, statement: BudgetStatement, block: TextBlock): void {
  for (const name of statement.sourceNames) {
    collected.names.push({ kind: 'funding', name, source: { line: block.line, text: block.raw } });
  }
  for (const part of statement.unplaced) {
    warn(collected, block.line, {
      ko: `괄호 안의 "${part}"을(를) 재원으로 읽지 못했습니다`,
      en: `"${part}" in parentheses was not read as a funding source`,
    });
  }
}

interface Reading {
  statement: BudgetStatement;
  /** the name the statement gives itself (`청년잡 성장카페 운영 확대▹26.4억원`) */
  ownName?: string;
  /** a figure after an arrow with no keyword to say what it is */
  bare?: true;
}

function readAny(text: string): Reading | null {
  const statement = readBudgetStatement(text) ?? readPeriodAndCost(text);
  if (statement) return { statement };
  const arrow = readArrowStatement(text);
  if (!arrow) return null;
  const reading: Reading =
    arrow.name === undefined
      ? { statement: arrow.statement }
      : { statement: arrow.statement, ownName: arrow.name };
  if (!arrow.keyed) reading.bare = true;
  return reading;
}

/** The project a statement belongs to, and the name its line takes. */
function owner(
  reading: Reading,
  block: TextBlock,
  context: ReadingContext,
  rank: number,
): { project: ProjectRef | undefined; name: string | undefined; own: boolean } {
  const project = context.project();
  const topic =
    context.topic(rank) ?? (block.kind === 'paragraph' ? context.openTopic() : undefined);
  if (reading.ownName !== undefined) {
    // the heading that just opened the project is the statement itself
    if (project && project.line === block.line) return { project, name: project.name, own: false };
    // `ㅇ (철새 긴급구호) …` › `- 고구마채 35톤 공급 ▹1억원`: the quantities bought are the topic's
    if (topic && isSpecification(reading.ownName))
      return { project: undefined, name: topic.name, own: true };
    return { project: undefined, name: reading.ownName, own: true };
  }
  if (topic) return { project: undefined, name: topic.name, own: true };
  return { project, name: project?.name, own: false };
}

/** Lines a statement adds besides its own: this year's figure beside a total, the cost's items. */
function extraLines(line: BudgetLine, statement: BudgetStatement, collected: Collected): void {
  const year =
    statement.yearFigure ??
    (statement.ownYearFigure === undefined
      ? undefined
      : { year: line.fiscalYear, won: statement.ownYearFigure });
  if (year) {
    const key = collected.keys.next({
      fiscalYear: year.year,
      department: line.department,
      project: line.project,
      path: [`${year.year}년`],
    });
    const own: BudgetLine = {
      key,
      fiscalYear: year.year,
      project: line.project,
      budget: year.won,
      source: line.source,
    };
    if (line.statedUnit) own.statedUnit = line.statedUnit;
    if (line.department) own.department = line.department;
    if (line.bureau) own.bureau = line.bureau;
    collected.lines.push(own);
  }
  const field = statement.field;
  for (const item of statement.breakdown) {
    const key = collected.keys.next({
      fiscalYear: line.fiscalYear,
      department: line.department,
      project: line.project,
      path: [item.label],
    });
    const child: BudgetLine = {
      key,
      fiscalYear: line.fiscalYear,
      project: item.label,
      parentKey: line.key,
      [field]: item.won,
      source: line.source,
    };
    if (line.statedUnit) child.statedUnit = line.statedUnit;
    if (line.department) child.department = line.department;
    if (line.bureau) child.bureau = line.bureau;
    collected.lines.push(child);
  }
}

/**
 * A budget statement (`사업비: …`, `■ 소요예산 : …`, `○ 청년 월세 지원 ▹153.4억원(국·시비)`)
 * becomes the current project's line; labelled amounts on the deeper lines right after it become
 * its funding (`- 시비: 60,000천원`) or its child lines (`- 주민 설명회: 4,500천원`). Returns how
 * many following blocks it consumed, or -1 when the block is no statement.
 */
export function readStatement(
  blocks: readonly Block[],
  index: number,
  context: ReadingContext,
  collected: Collected,
  rank = 0,
): number {
  const block = blocks[index] as TextBlock;
  const text = block.text.replace(LEADING_BULLETS, '');
  const field = PROJECT_FIELD.exec(text);
  if (field) {
    const name = withoutEnglishGloss(tidySpaces(field[1]!.replace(/\s+[wㅇ○▪].*$/, '')));
    context.nameProject(name, block.line, block.kind === 'heading' ? block : undefined);
    return 0;
  }
  // `- 꽃단지 정비 ▹ 꽃단지 조성(…),` with `사업비 7.8억원` on the wrapped line below
  const next = blocks[index + 1];
  const single = readAny(text);
  // `- 대체서식지 조성(…)` with its particulars on the line below, opening with the arrow
  const wrapped =
    !single &&
    next?.kind === 'paragraph' &&
    (/[▹▸‣➜➡⇨].*,\s*$/.test(text) || (!ARROW.test(text) && ARROW_FIRST.test(next.text)))
      ? readAny(`${text} ${next.text}`)
      : null;
  const reading = single ?? wrapped;
  if (!reading) return -1;
  const joined = wrapped !== null;
  const { statement } = reading;
  asOutlineTotal(statement, text, blocks, index);
  asWholeCostByParts(statement);
  asOneYearCost(statement, blocks, index, context.project()?.fiscalYear ?? context.fiscalYear);
  // `○ 포집공 증설 ▹ 5.7억원` in a results section: what was spent, as the sentences there
  if (reading.bare && statement.field === 'requiredBudget' && context.kind === 'report')
    statement.field = 'spent';
  observe(collected, statement, block);
  if (!statement.main && !statement.noBudget) {
    warn(collected, block.line, {
      ko: `예산 금액을 읽지 못했습니다: ${tidySpaces(block.text)}`,
      en: `could not read the budget amount: ${tidySpaces(block.text)}`,
    });
    return 0;
  }
  const { project, name, own } = owner(reading, block, context, rank);
  if (!name)
    warn(collected, block.line, {
      ko: `어느 사업의 예산인지 알 수 없습니다: ${tidySpaces(block.text)}`,
      en: `cannot tell which project this budget belongs to: ${tidySpaces(block.text)}`,
    });
  // 사업비/소요예산 are the project's own figure; 연구비, 예산… on the side get their own path
  const primary =
    statement.qualifier === undefined &&
    (own ||
      reading.ownName !== undefined ||
      /^(?:사업비|총사업비|소요예산|소요사업비|사업예산|소요재원|소요액|사업기간및총사업비)$/.test(
        compact(statement.keyword),
      ));
  // a symbol heading after the project's own figure names this one; a boxed heading does even
  // before the project has one (`1. 철도망 구축` › `□ ○○선 건설` › `- 사업비 : …`), whatever the
  // keyword (`□ 철도기술산업전 개최` › `- 예산 : 9.3억원` is that item's budget)
  const sub = !project
    ? undefined
    : project.lineKey
      ? context.subProjectAfter(project.statementLine ?? 0)
      : context.boxedItemAfter(project.line);
  const projectName = name ?? `${context.department ?? '부서'} ${block.line}행 사업`;
  const department = project?.department ?? context.department;
  const sectionYear = context.labelYear ?? project?.fiscalYear ?? context.fiscalYear;
  const stated = statement.main?.kind === 'money' ? statement.main.won : undefined;
  const fiscalYear =
    statement.field === 'totalCost'
      ? wholeCostYear(collected, sectionYear)
      : ((stated !== undefined ? statusYear(blocks, index, stated, sectionYear) : undefined) ??
        sectionYear);
  const qualifier = statement.qualifier;
  const path = sub ? [sub.name] : primary ? [] : [qualifier ?? statement.keyword];
  if (sub && qualifier) path.push(qualifier);
  const key = collected.keys.next({ fiscalYear, department, project: projectName, path });
  const ownerName = sub?.name ?? projectName;
  const line: BudgetLine = {
    key,
    fiscalYear,
    project: qualifier ? `${ownerName} ${qualifier}` : ownerName,
    source: { line: block.line, text: block.raw },
  };
  if ((sub || !primary) && project?.lineKey) {
    line.parentKey = project.lineKey;
    // the heading's nesting suggests the parent; nothing says the figures are its parts
    collected.inferredLinks.push(key);
  }
  if (department) line.department = department;
  if (collected.bureau) line.bureau = collected.bureau;
  applyStatement(line, statement);
  if (statement.separate) {
    // `사업비('25년) : 매입비 330백만원 / 사용료 100백만원`: each figure its own line, no total
    collected.lines.push(...separateLines(line, statement, collected));
    return 0;
  }
  collected.lines.push(line);
  extraLines(line, statement, collected);
  addOriginalEstimate(line, text, collected);
  if (project && !project.lineKey && primary && !sub) {
    project.lineKey = key;
    project.statementLine = block.line;
    if (statement.main?.kind === 'money') project.amount = statement.main.won;
  }
  return joined ? 1 : readNestedParts(blocks, index, line, collected, rank);
}

/** `6. 로컬푸드 직매장 운영(비예산)`: the heading just opened a project that has no budget. */
export function addNoBudgetProject(
  block: TextBlock,
  context: ReadingContext,
  collected: Collected,
): void {
  const project = context.project();
  if (!project || project.lineKey) return;
  const key = collected.keys.next({
    fiscalYear: project.fiscalYear,
    department: project.department,
    project: project.name,
    path: [],
  });
  const line: BudgetLine = {
    key,
    fiscalYear: project.fiscalYear,
    project: project.name,
    noBudget: true,
    source: { line: block.line, text: block.raw },
  };
  if (project.department) line.department = project.department;
  if (collected.bureau) line.bureau = collected.bureau;
  collected.lines.push(line);
  project.lineKey = key;
  project.statementLine = block.line;
}
