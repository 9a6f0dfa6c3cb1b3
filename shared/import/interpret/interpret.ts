import type { DocumentMeta, ParsedReport } from '../../model/report';
import type { AuditInput } from '../../model/audit-input';
import { compact, tidySpaces } from '../../text/compact';
import { normalizeBlocks } from '../blocks/normalize-blocks';
import { nestOutlineItems, outlineGroups, statedFormulas } from './outline-items';
import type { Block, HeadingBlock, ListItemBlock, ParagraphBlock } from '../blocks/types';
import { ReadingContext } from './context';
import {
  placeByDuties,
  readDutyTable,
  type DutyTable,
  type SeenHeading,
} from './department-duties';
import { afterPageBreak, coverTexts, numberedTitle, readHeading } from './headings';
import { diagramLines } from './diagram-blocks';
import { inlineWarnings } from './prose';
import { LineKeys } from './line-keys';
import { fiscalYearFromDate, readHeader } from './metadata';
import { readMoneyTable } from './money-table';
import { periodAbove } from './outline-period';
import { isDepartmentName } from './names';
import { isPersonnelTable, readPersonnelTable } from './personnel';
import { mergePersonnel, type PersonnelTableRows } from './personnel-merge';
import { orgChartHeadcounts } from './personnel-org-chart';
import { readParticulars } from './particulars';
import { readSectionTitle } from './sections';
import { readStatement } from './inline-lines';
import { listRank } from './nested-parts';
import { readSentenceAmounts } from './sentence-lines';
import { underOverview } from './overview-item';
import { readSiteOutline } from './site-outline';
import { readRevenueSplit } from './revenue-split';
import { readMeasureLine } from './measure-line';
import { readParenthesisItems } from './parenthesis-items';
import { readKeyedClause } from './keyed-clause';
import { continuedItemText } from './continued-item';
import { restateWholeCosts } from './restated-whole-cost';
import { sanitize } from './sanitize';
import { readYearAndPeriod } from './year-and-period';
import { readOutlineLineBlock } from './outline-line-reading';
import { BudgetYearScope } from './year-label';
import {
  correctionsFor,
  Signatures,
  type DocumentCorrections,
  type TableReading,
} from './table-corrections';
import { namedProjects, readingOf } from './table-readings';
import { laidOutReading } from './special-reading';
import { notesUnder } from './table-notes';
import { observeDepartment, warn, type Collected } from './sink';

export interface InterpretOptions {
  fileName?: string;
  /** the day of the import: a document that names no year anywhere is filed under this year */
  today?: Date;
  /** the user's corrections to how tables were read (applied to the document with that sha256) */
  corrections?: DocumentCorrections | readonly DocumentCorrections[];
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
  /** how each table was read, for the import preview to show and correct */
  tableReadings: TableReading[];
}

/** A heading, paragraph or list item: section and project context, statements, sentence amounts. */
function readTextBlock(
  blocks: readonly Block[],
  index: number,
  context: ReadingContext,
  collected: Collected,
  fiscalYears: Set<number>,
  headings: SeenHeading[],
  drawing: ReadonlySet<number>,
): number {
  const block = blocks[index] as HeadingBlock | ParagraphBlock | ListItemBlock;
  const titled =
    block.kind === 'paragraph' || (block.kind === 'heading' && block.marker === 'plain');
  const heading = titled ? numberedTitle(block) : null;
  // a box of a chart drawn on the page names no department or project
  if ((block.kind === 'heading' || heading) && !drawing.has(block.line)) {
    const read = heading ?? (block as HeadingBlock);
    headings.push({ line: read.line, text: read.text });
    readHeading(read, context, collected, fiscalYears);
  }
  if (block.kind === 'paragraph' && !heading) {
    const section = readSectionTitle(block.text);
    if (section && !(section.fiscalYear === context.fiscalYear && section.kind === context.kind)) {
      context.startSection(section.fiscalYear, section.kind);
      fiscalYears.add(section.fiscalYear);
    }
  }
  if (block.kind === 'list') context.listItem(block.text, block.line, listRank(block));
  const rank = block.kind === 'list' ? listRank(block) : 0;
  // a construction project's site outline is its whole cost, even where an arrow's last item
  // would read as a year's figure
  if (readSiteOutline(block, context, collected)) return 0;
  if (readRevenueSplit(block, context, collected)) return 0;
  if (readMeasureLine(block, context, collected, rank)) return 0;
  const consumed = readStatement(blocks, index, context, collected, rank);
  if (consumed >= 0) return consumed;
  if (readOutlineLineBlock(blocks, index, context, collected)) return 0;
  if (readYearAndPeriod(block, context, collected)) return 0;
  const next = blocks[index + 1];
  const following = next && next.kind !== 'table' && next.kind !== 'noise' ? next.text : undefined;
  const continued = continuedItemText(blocks, index);
  if (
    !readSentenceAmounts(
      block,
      context,
      collected,
      rank,
      following,
      continued,
      underOverview(blocks, index),
    ) &&
    !readParenthesisItems(block, collected) &&
    !readParticulars(blocks, index, collected, context) &&
    !readKeyedClause(block, context, collected)
  )
    inlineWarnings(block, context, collected);
  return 0;
}

/**
 * Stage 2: blocks → the report's lines, personnel and metadata, plus the tables the audit checks.
 * Knows nothing of the file the blocks came from.
 */
export function interpretBlocks(
  readerBlocks: readonly Block[],
  sha256: string,
  options: InterpretOptions | string = {},
): Interpretation {
  const { fileName, today, corrections } =
    typeof options === 'string' ? { fileName: options } : options;
  const corrected = correctionsFor(corrections, sha256);
  const blocks = normalizeBlocks(readerBlocks);
  const signatures = new Signatures();
  const header = readHeader(blocks);
  // a plan's figures are next year's whatever date its status tables are as of
  const asOfYear = header.kind === 'plan' ? undefined : header.asOfYear;
  const dateYear = fiscalYearFromDate(header.date, header.kind) ?? asOfYear;
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
    inferredLinks: [],
    keys: new LineKeys(),
    readings: [],
  };
  collected.documentYear = fiscalYear;
  if (header.bureau) collected.bureau = header.bureau;
  if (header.fiscalYear !== undefined || dateYear !== undefined)
    collected.cover = {
      fiscalYear,
      kind: header.kind,
      ...(header.kind === 'report' && !/실적|성과|결과/.test(header.title)
        ? { ongoing: true as const }
        : {}),
    };
  if (header.department) observeDepartment(collected, header.department, 1);
  const context = new ReadingContext(fiscalYear, header.kind, header.department);
  const personnelTables: PersonnelTableRows[] = [];
  const headings: SeenHeading[] = [];
  let duties: DutyTable | undefined;

  const cover = coverTexts(blocks);
  const budgetYear = new BudgetYearScope();
  const drawing = diagramLines(blocks);
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const labelYear = budgetYear.next(block, context);
    if (labelYear !== undefined) fiscalYears.add(labelYear);
    if (block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'list') {
      // a running page header (the title again after a page number) is no heading
      const plain =
        block.kind === 'paragraph' || (block.kind === 'heading' && block.marker === 'plain');
      if (plain && afterPageBreak(blocks, index) && cover.has(compact(block.text))) continue;
      index += readTextBlock(blocks, index, context, collected, fiscalYears, headings, drawing);
      continue;
    }
    if (block.kind === 'table') {
      if (block.rows.length === 0) continue;
      duties ??= readDutyTable(block) ?? undefined;
      const signature = signatures.next(block);
      const correction = corrected.get(signature);
      const before = collected.tables.length;
      const linesBefore = collected.lines.length;
      if (isPersonnelTable(block)) {
        // a bureau's own 인력 table (before any department's section) counts the bureau
        const unit = context.department ?? header.bureau;
        const result = readPersonnelTable(block, unit, correction?.headerRows, header.bureau);
        personnelTables.push({ line: block.line, rows: result.rows });
        collected.tables.push(...result.tables);
        for (const row of result.rows) {
          if (
            row.department &&
            row.department !== header.bureau &&
            isDepartmentName(row.department)
          )
            observeDepartment(collected, row.department, row.source.line, row.source.text);
        }
      } else {
        context.tablePeriod = periodAbove(blocks, index);
        readMoneyTable(block, context, collected, correction);
      }
      const notes = notesUnder(blocks, index);
      for (const audit of collected.tables.slice(before)) {
        collected.readings.push(readingOf(signature, block, audit, correction));
        if (notes.length > 0) audit.notes = notes;
      }
      // lines read by the table's layout (no audit table behind them) are shown for correction too
      if (collected.tables.length === before && collected.lines.length > linesBefore)
        collected.readings.push(laidOutReading(signature, block, context.fiscalYear));
      const named = namedProjects(block);
      if (named.length > 0) context.queueProjects(named);
    }
  }

  collected.personnel.push(...mergePersonnel(personnelTables));
  collected.personnel.push(...orgChartHeadcounts(blocks, collected.personnel, personnelTables));
  placeByDuties(collected, duties, headings);
  if (statedYear === undefined && collected.lines.some((line) => line.fiscalYear === fiscalYear)) {
    warn(collected, 1, {
      ko: `문서에서 회계연도를 찾지 못한 항목을 ${fiscalYear}년으로 읽었습니다`,
      en: `lines whose fiscal year the document does not state were read as ${fiscalYear}`,
    });
  }
  // a table captioned `2024년 단위사업 집행현황` in a 2025 plan: its year is one the report covers
  for (const year of collected.captionYears ?? []) fiscalYears.add(year);
  restateWholeCosts(collected.lines);
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
  const groups = outlineGroups(blocks, collected.lines);
  nestOutlineItems(groups, collected.lines);
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
      inferredLinks: collected.inferredLinks,
      outlineGroups: groups,
      formulas: statedFormulas(blocks, collected.lines),
    },
    importerFindings: collected.findings,
    tableReadings: collected.readings,
  };
}
