import type { DocumentMeta, ParsedReport } from '../../model/report';
import type { AuditInput } from '../../model/audit-input';
import { compact, tidySpaces } from '../../text/compact';
import type { Block, HeadingBlock } from '../blocks/types';
import { NO_BUDGET_SUFFIX, ReadingContext } from './context';
import { inlineWarnings } from './prose';
import { LineKeys } from './line-keys';
import { fiscalYearFromDate, readHeader } from './metadata';
import { readMoneyTable } from './money-table';
import { isBureauName, isDepartmentName, splitOffices, withoutLocalGovernment } from './names';
import { isPersonnelTable, readPersonnelTable } from './personnel';
import { mergePersonnel, type PersonnelTableRows } from './personnel-merge';
import { readSectionTitle } from './sections';
import { addNoBudgetProject, readStatement } from './inline-lines';
import { sanitize } from './sanitize';
import { observeDepartment, warn, type Collected } from './sink';

export interface InterpretOptions {
  fileName?: string;
  /** the day of the import: a document that names no year anywhere is filed under this year */
  today?: Date;
}

/** when neither the document nor the caller gives a year (kept fixed so a parse is repeatable) */
const UNKNOWN_YEAR = 2000;

/** The year the body names most often (`2025년`), for a document whose cover names none. */
function mentionedYear(blocks: readonly Block[]): number | undefined {
  const counts = new Map<number, number>();
  for (const block of blocks) {
    if (block.kind === 'table' || block.kind === 'noise') continue;
    for (const match of block.text.matchAll(/(?:^|\D)((?:19|20)\d{2})\s*년/g)) {
      const year = Number(match[1]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [year, count] of counts)
    if (best === undefined || count > counts.get(best)!) best = year;
  return best;
}

export interface Interpretation {
  report: Omit<ParsedReport, 'findings'>;
  /** what the consistency audit needs */
  auditInput: AuditInput;
  /** findings only the importer can make */
  importerFindings: ParsedReport['findings'];
}

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
 * 2024, `Ⅲ. 주요업무 계획` is 2025's plan.
 */
function yearFromCover(
  kind: DocumentMeta['kind'] | undefined,
  cover: Collected['cover'],
): number | undefined {
  if (!kind || !cover || cover.kind === 'unknown') return undefined;
  if (kind === cover.kind) return cover.fiscalYear;
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

function readHeading(
  block: HeadingBlock,
  context: ReadingContext,
  collected: Collected,
  fiscalYears: Set<number>,
): void {
  const section = readSectionTitle(block.text);
  if (section) {
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
  if (block.marker === 'roman') {
    context.closeProjects();
    // `Ⅱ. 2024년 주요성과`, `Ⅲ. 주요업무 추진계획(2025년)`: a top section naming a year moves to it
    const kind = sectionKind(block.text);
    const year =
      romanSectionYear(block.text) ?? yearFromCover(plainSectionKind(block.text), collected.cover);
    if (year !== undefined) {
      context.startSection(year, kind ?? context.kind);
      fiscalYears.add(year);
    }
    return;
  }
  if (context.heading(block) && NO_BUDGET_SUFFIX.test(block.text))
    addNoBudgetProject(block, context, collected);
}

/**
 * Stage 2: blocks → the report's lines, personnel and metadata, plus the tables the audit checks.
 * Knows nothing of the file the blocks came from.
 */
export function interpretBlocks(
  blocks: readonly Block[],
  sha256: string,
  options: InterpretOptions | string = {},
): Interpretation {
  const { fileName, today } = typeof options === 'string' ? { fileName: options } : options;
  const header = readHeader(blocks);
  const dateYear = fiscalYearFromDate(header.date, header.kind);
  const statedYear = header.fiscalYear ?? dateYear;
  const fiscalYear = statedYear ?? today?.getFullYear() ?? mentionedYear(blocks) ?? UNKNOWN_YEAR;
  const fiscalYears = new Set<number>();
  if (header.fiscalYear !== undefined || dateYear !== undefined) fiscalYears.add(fiscalYear);
  const collected: Collected = {
    lines: [],
    personnel: [],
    tables: [],
    names: [],
    warnings: [],
    findings: [],
    subProjects: [],
    keys: new LineKeys(),
  };
  if (header.bureau) collected.bureau = header.bureau;
  if (header.fiscalYear !== undefined || dateYear !== undefined)
    collected.cover = { fiscalYear, kind: header.kind };
  if (header.department) observeDepartment(collected, header.department, 1);
  const context = new ReadingContext(fiscalYear, header.kind, header.department);
  const personnelTables: PersonnelTableRows[] = [];

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === 'heading') readHeading(block, context, collected, fiscalYears);
    if (block.kind === 'paragraph') {
      const section = readSectionTitle(block.text);
      if (section) {
        context.startSection(section.fiscalYear, section.kind);
        fiscalYears.add(section.fiscalYear);
      }
    }
    if (block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'list') {
      const consumed = readStatement(blocks, index, context, collected);
      if (consumed === 0) inlineWarnings(block, context, collected);
      index += consumed;
      continue;
    }
    if (block.kind === 'table') {
      if (block.rows.length === 0) continue;
      if (isPersonnelTable(block)) {
        const result = readPersonnelTable(block, context.department);
        personnelTables.push({ line: block.line, rows: result.rows });
        collected.tables.push(...result.tables);
        for (const row of result.rows) {
          if (row.department && isDepartmentName(row.department))
            observeDepartment(collected, row.department, row.source.line, row.source.text);
        }
      } else readMoneyTable(block, context, collected);
    }
  }

  collected.personnel.push(...mergePersonnel(personnelTables));
  if (statedYear === undefined && collected.lines.some((line) => line.fiscalYear === fiscalYear)) {
    warn(collected, 1, {
      ko: `문서에서 회계연도를 찾지 못한 항목을 ${fiscalYear}년으로 읽었습니다`,
      en: `lines whose fiscal year the document does not state were read as ${fiscalYear}`,
    });
  }
  // a table captioned `2024년 단위사업 집행현황` in a 2025 plan: its year is one the report covers
  for (const year of collected.captionYears ?? []) fiscalYears.add(year);
  sanitize(collected, collected.personnel);
  const title = header.title || tidySpaces(fileName ?? '') || '제목 없음';
  const document: DocumentMeta = {
    title,
    kind: header.kind,
    fiscalYears: [...fiscalYears].sort((a, b) => a - b),
    sha256,
  };
  for (const field of [
    'organization',
    'bureau',
    'department',
    'council',
    'session',
    'date',
  ] as const) {
    const value = header[field];
    if (value) document[field] = value;
  }
  return {
    report: {
      document,
      lines: collected.lines,
      personnel: collected.personnel,
      warnings: collected.warnings,
    },
    auditInput: {
      tables: collected.tables,
      lines: collected.lines,
      personnel: collected.personnel,
      names: collected.names,
      subProjects: collected.subProjects,
    },
    importerFindings: collected.findings,
  };
}
