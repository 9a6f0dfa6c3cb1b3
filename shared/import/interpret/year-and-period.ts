/**
 * `사업규모 : (’23년) 45.7억원 / (’23년~’27년) 총 사업비 205.4억원`: a project's figures each opened by
 * the years it covers — one year's figure is that year's budget, a span's is the project's whole
 * cost over it. Read only when every piece is such a figure and both kinds are there.
 */
import { findAmounts } from '../../money/amounts';
import type { BudgetLine } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import type { ReadingContext } from './context';
import { isStandardLabel } from './sections';
import type { Collected } from './sink';
import { readPeriod, type Period } from './statement-period';
import { wholeCostYear } from './whole-cost-year';

interface Figure {
  won: number;
  unit: BudgetLine['statedUnit'];
  year?: number;
  period?: Period;
}

const LABELLED = /^([^:：]{2,24}?)\s*[:：]\s*(.+)$/;
const PIECE =
  /^[(（]([^()（）]{2,24})[)）]\s*(?:총\s*사\s*업\s*비|사\s*업\s*비|총)?\s*[:：]?\s*(.+)$/;
const ONE_YEAR = /^\s*(?:(\d{4})|['‘’](\d{2}))\s*년?도?\s*$/;

function figureOf(piece: string): Figure | undefined {
  const match = PIECE.exec(piece.trim());
  if (!match) return undefined;
  const amounts = findAmounts(match[2]!);
  const amount = amounts[0];
  if (amounts.length !== 1 || amount?.start !== 0 || amount.value.kind !== 'money')
    return undefined;
  if (match[2]!.slice(amount.end).trim() !== '' || amount.value.won <= 0) return undefined;
  const figure: Figure = { won: amount.value.won, unit: amount.value.unit };
  const one = ONE_YEAR.exec(match[1]!);
  if (one) figure.year = one[1] ? Number(one[1]) : 2000 + Number(one[2]);
  else {
    const span = readPeriod(match[1]!);
    if (!span || span.rest.trim() !== '' || span.period.to <= span.period.from) return undefined;
    figure.period = span.period;
  }
  return figure;
}

/** The figures of a `label : (year) amount / (years) amount` item, or null when it is none. */
export function yearAndPeriodFigures(text: string): { label: string; figures: Figure[] } | null {
  const match = LABELLED.exec(text.trim());
  if (!match) return null;
  const pieces = match[2]!.split(/\s*[/,，]\s*(?=[(（])/);
  if (pieces.length < 2) return null;
  const figures = pieces.map(figureOf);
  if (figures.some((figure) => figure === undefined)) return null;
  const read = figures as Figure[];
  if (!read.some((f) => f.year !== undefined) || !read.some((f) => f.period !== undefined))
    return null;
  return {
    label: tidySpaces(match[1]!.replace(/^(?:[^\p{L}\p{N}(]|[ㅇㅁ]\s)+/u, '')),
    figures: read,
  };
}

export function readYearAndPeriod(
  block: Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const found = yearAndPeriodFigures(block.text);
  if (!found) return false;
  const project = context.project();
  // `사업규모 :` names no project: the figures are the open project's
  const name = isStandardLabel(found.label) ? (project?.name ?? found.label) : found.label;
  const department = project?.department ?? context.department;
  const sectionYear = context.labelYear ?? project?.fiscalYear ?? context.fiscalYear;
  for (const figure of found.figures) {
    const fiscalYear = figure.year ?? wholeCostYear(collected, sectionYear);
    const path = figure.period ? ['총사업비'] : [`${fiscalYear}년`];
    const line: BudgetLine = {
      key: collected.keys.next({ fiscalYear, department, project: name, path }),
      fiscalYear,
      project: name,
      source: { line: block.line, text: block.raw },
    };
    if (figure.period) {
      line.totalCost = figure.won;
      line.period = figure.period;
    } else line.budget = figure.won;
    if (figure.unit) line.statedUnit = figure.unit;
    if (department) line.department = department;
    if (collected.bureau) line.bureau = collected.bureau;
    collected.lines.push(line);
  }
  return true;
}
