import type { DocumentMeta } from '../../model/report';
import { compact } from '../../text/compact';
import type { Block, HeadingBlock, ParagraphBlock } from '../blocks/types';
import { NO_BUDGET_SUFFIX, type ReadingContext } from './context';
import { addNoBudgetProject } from './inline-lines';
import { isBureauName, isDepartmentName, splitOffices, withoutLocalGovernment } from './names';
import { readSectionTitle } from './sections';
import { observeDepartment, type Collected } from './sink';

const DEPARTMENT_MARKERS: ReadonlySet<HeadingBlock['marker']> = new Set([
  'plain',
  'hash',
  'bracket',
  'square',
  'filled-square',
  'bold',
  'roman',
  'number',
]);

function romanSectionYear(text: string): number | undefined {
  const match = /(?:^|[^\d'‘’])(?:(\d{4})|['‘’](\d{2}))\s*년/.exec(text);
  if (!match) return undefined;
  const year = match[1] ? Number(match[1]) : 2000 + Number(match[2]);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

/**
 * `Ⅱ. 주요업무 추진실적` with no year: in a plan for 2025 the results are 2024's; in a report on
 * 2024's results, `Ⅲ. 주요업무 계획` is 2025's plan; in a report on the work under way
 * (`주요 업무 보고`), `Ⅲ. 주요업무 추진계획` is the plan it reports on, this year's.
 */
function yearFromCover(
  kind: DocumentMeta['kind'] | undefined,
  cover: Collected['cover'],
): number | undefined {
  if (!kind || !cover || cover.kind === 'unknown') return undefined;
  if (kind === cover.kind) return cover.fiscalYear;
  // `주요 업무 보고` (October) › `Ⅲ. 주요업무 추진계획`: the plan under way, reported on, is this year's
  if (kind === 'plan' && cover.ongoing) return cover.fiscalYear;
  return kind === 'report' ? cover.fiscalYear - 1 : cover.fiscalYear + 1;
}

/** Only the plain words (`계획`, `실적`, `성과`) are trusted to imply a year the heading omits. */
function plainSectionKind(text: string): DocumentMeta['kind'] | undefined {
  if (/계획/.test(text)) return 'plan';
  if (/실적|성과/.test(text)) return 'report';
  return undefined;
}

function sectionKind(text: string): DocumentMeta['kind'] | undefined {
  if (/계획|현안|신규/.test(text)) return 'plan';
  if (/실적|성과|추진\s*상황|추진\s*현황|결과/.test(text)) return 'report';
  return undefined;
}

/**
 * `b. 2024년 주요 성과`, `c. 정책환경 및 대응방향`: a top heading numbered by a letter, as a PDF
 * whose font maps its Roman numerals to letters prints `Ⅱ.`; it opens a section like `Ⅱ.` does.
 */
function isLetterSection(block: HeadingBlock): boolean {
  return block.marker === 'plain' && block.level <= 2 && /^[A-Ha-h]\.\s*\S/.test(block.text);
}

export function readHeading(
  block: HeadingBlock,
  context: ReadingContext,
  collected: Collected,
  fiscalYears: Set<number>,
): void {
  const section = readSectionTitle(block.text);
  if (section) {
    // a running page header repeating the section's title does not end the project above it
    if (section.fiscalYear === context.fiscalYear && section.kind === context.kind) return;
    context.startSection(section.fiscalYear, section.kind);
    fiscalYears.add(section.fiscalYear);
    return;
  }
  const office = block.text.length <= 40 ? withoutLocalGovernment(block.text) : '';
  const offices = office.includes(' ') ? splitOffices(office) : null;
  if (offices?.bureau && offices.department && DEPARTMENT_MARKERS.has(block.marker)) {
    // `다온구 복지국 복지정책과`: the bureau and the department at once
    collected.bureau = offices.bureau;
    context.startDepartment(offices.department);
    observeDepartment(collected, offices.department, block.line, block.raw);
    return;
  }
  const name = compact(office);
  const strongSuffix = /(?:과|담당관)$/.test(name);
  if (
    DEPARTMENT_MARKERS.has(block.marker) &&
    (block.marker !== 'number' || strongSuffix) &&
    isDepartmentName(name)
  ) {
    context.startDepartment(name);
    observeDepartment(collected, name, block.line, block.raw);
    return;
  }
  if (DEPARTMENT_MARKERS.has(block.marker) && block.marker !== 'number' && isBureauName(name)) {
    collected.bureau = name;
    context.department = undefined;
    context.closeProjects();
    return;
  }
  if (block.marker === 'roman' || isLetterSection(block)) {
    context.closeProjects();
    // `Ⅱ. 2024년 주요성과`, `Ⅲ. 주요업무 추진계획(2025년)`: a top section naming a year moves to it
    const kind = sectionKind(block.text);
    const year =
      romanSectionYear(block.text) ?? yearFromCover(plainSectionKind(block.text), collected.cover);
    if (year !== undefined) {
      context.startSection(year, kind ?? context.kind);
      fiscalYears.add(year);
    } else if (collected.cover && collected.cover.kind !== 'unknown') {
      // `Ⅲ. 정책환경 및 대응방향` after `Ⅱ. 2024년 주요성과`: back to the year the document is about
      context.startSection(collected.cover.fiscalYear, collected.cover.kind);
    }
    return;
  }
  if (context.heading(block) && NO_BUDGET_SUFFIX.test(block.text))
    addNoBudgetProject(block, context, collected);
}

/** `현안1 청년 기업 매칭 지원사업`, `과제 2 …`: a project title numbered after the word for its kind. */
const LABELLED_TITLE = /^(?:현안|과제|중점과제|핵심과제|역점과제)\s*(\d{1,2})\s+(\S.{1,60})$/;

/**
 * `5 벡스코 제3전시장 건립`, `3-1 관광산업 기반 조성`, `현안3 대학지원체계 추진`: a project title
 * numbered without a dot, as PDF exports of HWP print them. A paragraph (or a plain heading) that is
 * a short title, not a sentence or a figure.
 */
export function numberedTitle(block: ParagraphBlock | HeadingBlock): HeadingBlock | null {
  const bare = block.kind === 'paragraph' ? /^(\d{1,2}(?:-\d{1,2})?)\s+(\S.{1,60})$/ : null;
  const match = bare?.exec(block.text) ?? LABELLED_TITLE.exec(block.text);
  if (!match) return null;
  const text = match[2]!.trim();
  // `(가칭: 야외도서관)`: a colon inside parentheses is part of the name, not a field
  const outside = text.replace(/[(（][^()（）]*[)）]/g, '');
  if (/(?:다|함|음|임|됨)\.?$|[:：]|\d\s*(?:억|천|백만|만)?\s*원|^[-–.]/.test(outside)) return null;
  // `6 2025 「페스티벌 시월」 개최`: a year may open the title, and a word that starts with a
  // number (`1-5 15분생활권 내 녹지 연결`); a bare figure may not (`3 12개 사업`, `2 1,200`)
  if (/^\d/.test(text) && !/^\d{4}\s*년?\s+\S/.test(text) && !/^\d{1,3}[가-힣]{2,}/.test(text))
    return null;
  if (!/[가-힣]{2}/.test(text)) return null;
  const heading: HeadingBlock = {
    kind: 'heading',
    level: 2,
    marker: 'number',
    ordinal: match[1]!,
    text,
    line: block.line,
    raw: block.raw,
  };
  if (block.source) heading.source = block.source;
  return heading;
}

/**
 * The texts of a document's cover (its title, the writer's name): one of them again right after a
 * page number is a running page header, not a heading.
 */
export function coverTexts(blocks: readonly Block[]): Set<string> {
  const texts = new Set<string>();
  for (const block of blocks.slice(0, 25)) {
    if (block.kind === 'table') break;
    if (block.kind === 'heading' || block.kind === 'paragraph') texts.add(compact(block.text));
  }
  return texts;
}

/** Whether the block sits right after a page break (a page number, maybe a rule, before it). */
export function afterPageBreak(blocks: readonly Block[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const block = blocks[i]!;
    if (block.kind === 'noise') {
      if (block.reason === 'page-number' || block.reason === 'page-header') return true;
      continue;
    }
    return false;
  }
  return false;
}
