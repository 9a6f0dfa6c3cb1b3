import type { DocumentMeta, ParsedReport } from '../../model/report';
import type { AuditInput } from '../../model/audit-input';
import { compact, tidySpaces } from '../../text/compact';
import type { Block, HeadingBlock } from '../blocks/types';
import { ReadingContext } from './context';
import { inlineWarnings } from './prose';
import { LineKeys } from './line-keys';
import { fiscalYearFromDate, readHeader } from './metadata';
import { readMoneyTable } from './money-table';
import { isBureauName, isDepartmentName } from './names';
import { isPersonnelTable, readPersonnelTable } from './personnel';
import { mergePersonnel, type PersonnelTableRows } from './personnel-merge';
import { readSectionTitle } from './sections';
import { readStatement } from './inline-lines';
import { sanitize } from './sanitize';
import { observeDepartment, type Collected } from './sink';

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
  const name = block.text.length <= 40 ? compact(block.text) : '';
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
    const year = /(\d{4})\s*년/.exec(block.text);
    if (year) fiscalYears.add(Number(year[1]));
    return;
  }
  context.heading(block);
}

/**
 * Stage 2: blocks → the report's lines, personnel and metadata, plus the tables the audit checks.
 * Knows nothing of the file the blocks came from.
 */
export function interpretBlocks(
  blocks: readonly Block[],
  sha256: string,
  fileName?: string,
): Interpretation {
  const header = readHeader(blocks);
  const dateYear = fiscalYearFromDate(header.date, header.kind);
  const fiscalYear = header.fiscalYear ?? dateYear ?? new Date().getFullYear();
  const fiscalYears = new Set<number>();
  if (header.fiscalYear !== undefined || dateYear !== undefined) fiscalYears.add(fiscalYear);
  const collected: Collected = {
    lines: [],
    personnel: [],
    tables: [],
    names: [],
    warnings: [],
    findings: [],
    keys: new LineKeys(),
  };
  if (header.bureau) collected.bureau = header.bureau;
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
    },
    importerFindings: collected.findings,
  };
}
