/**
 * A 용역's (or any undertaking's) outline written on one line, its years and its cost as fields:
 * `(용역기간) ’24.11. ~ ’26.11. (용역비) 10억원 (용역사) ○○`, `용역개요 : ‘22.~’25. / 15억원(시비) /
 * 주요 과업…`, `(기본사항) 기간(’24.5~’25.7), 용역비(7.56억원, 시비), 수행기관(○○)`. The cost is over
 * the years stated: a whole cost when they are several, that year's budget when they are one.
 */
import { findAmounts } from '../../money/amounts';
import { compact, tidySpaces } from '../../text/compact';
import { readBudgetStatement, type BudgetStatement } from './budget-statement';
import { readPeriod, type Period } from './statement-period';

interface Field {
  label: string;
  value: string;
}

export interface OutlineLine {
  period: Period;
  statement: BudgetStatement;
  /** `* 2024년도 5억원`: a year's own figure in a note after the fields */
  yearFigure?: { year: number; won: number };
}

/** labels of the years an undertaking runs */
const PERIOD_LABEL = /^(?:용역|사업|과업|공사|연구|추진|계약)?기간$/;
/** labels of its cost */
const COST_LABEL = /^(?:총?용역비|총?사업비|과업비|연구비|소요예산|예산|계약금액)$/;
/** `용역개요`, `사업개요`: the line is the outline of the item it sits under */
const OUTLINE_LABEL = /^[가-힣]{0,4}개요$/;
/** `(용역기간)`, `(용역비)`: a field's label in parentheses, its value after it */
const PAREN_LABEL = /[(（]\s*([가-힣\s]{2,8}?)\s*[)）]/g;

/** `(용역기간) X (용역비) Y (용역사) Z`: labels in parentheses, each followed by its value. */
function parenthesisedFields(text: string): Field[] | null {
  const labels = [...text.matchAll(PAREN_LABEL)];
  if (labels.length < 2 || labels[0]!.index !== 0) return null;
  return labels.map((label, index) => ({
    label: compact(label[1]!),
    value: text.slice(label.index + label[0].length, labels[index + 1]?.index).trim(),
  }));
}

/** `용역개요 : ‘22.~’25. / 15억원(시비) / …`: an outline label, then values between slashes. */
function slashedFields(text: string): Field[] | null {
  const match = /^([^:：]{2,10}?)\s*[:：]\s*(.+)$/.exec(text);
  if (!match || !OUTLINE_LABEL.test(compact(match[1]!))) return null;
  const values = match[2]!.split(/\s*\/\s*/);
  return values.length < 2 ? null : values.map((value) => ({ label: '', value: value.trim() }));
}

/** `기간(’24.5~’25.7), 용역비(7.56억원, 시비)`: each field a label with its value in parentheses. */
function labelledFields(text: string): Field[] | null {
  const body = text.replace(/^[(（][^()（）]{2,12}[)）]\s*/, '');
  const fields: Field[] = [];
  for (const match of body.matchAll(
    /([가-힣]{2,6})\s*[(（]((?:[^()（）]|[(（][^()（）]*[)）])*)[)）]/g,
  ))
    fields.push({ label: compact(match[1]!), value: match[2]!.trim() });
  return fields.length < 2 ? null : fields;
}

/** A value that is only a span of years (`‘22.~’25.`, `’24.11. ~ ’26.11.`). */
function periodOf(value: string): Period | undefined {
  const read = readPeriod(value);
  return read && read.rest.trim() === '' ? read.period : undefined;
}

/** A value that opens with the cost (`15억원(시비)`, `7.56억원, 시비`), as a statement with its funding. */
function costOf(value: string): { statement: BudgetStatement; note: string } | null {
  const [cost, note = ''] = value.split(/\s[*※]\s*/, 2);
  const amounts = findAmounts(cost!);
  const first = amounts[0];
  if (!first || first.start !== 0 || first.value.kind !== 'money' || first.value.won <= 0)
    return null;
  const after = cost!.slice(first.end).trim();
  // `7.56억원, 시비`: the sources after a comma, read as the parenthesis they stand for
  const parts = after.startsWith(',') ? `(${after.slice(1).trim()})` : after;
  if (parts !== '' && !/^[(（].*[)）]$/.test(parts)) return null;
  const statement = readBudgetStatement(`사업비 : ${cost!.slice(0, first.end)}${parts}`);
  return statement?.main?.kind === 'money' ? { statement, note } : null;
}

/** `2024년도 5억원`: a year and its figure. */
function yearFigureOf(note: string): { year: number; won: number } | undefined {
  const match = /^(?:(\d{4})|['‘’](\d{2}))\s*년도?\s*(?:예산\s*)?/.exec(note.trim());
  if (!match) return undefined;
  const amount = findAmounts(note.trim().slice(match[0].length))[0];
  if (!amount || amount.start !== 0 || amount.value.kind !== 'money') return undefined;
  return { year: match[1] ? Number(match[1]) : 2000 + Number(match[2]), won: amount.value.won };
}

/** The years and the cost among an outline's fields, when it gives both. */
function outlineOf(fields: readonly Field[] | null): OutlineLine | null {
  if (!fields) return null;
  let period: Period | undefined;
  let cost: ReturnType<typeof costOf> = null;
  for (const { label, value } of fields) {
    if (label === '' || PERIOD_LABEL.test(label)) period ??= periodOf(value);
    if (label === '' || COST_LABEL.test(label)) cost ??= costOf(value);
  }
  if (!period || !cost) return null;
  const found: OutlineLine = { period, statement: cost.statement };
  const year = yearFigureOf(cost.note);
  if (year) found.yearFigure = year;
  return found;
}

/** The outline's years and cost, or null when the line is no such outline. */
export function readOutlineLine(raw: string): OutlineLine | null {
  const text = tidySpaces(raw.replace(/^[^\p{L}\p{N}(（]+/u, ''));
  return (
    outlineOf(parenthesisedFields(text)) ??
    outlineOf(slashedFields(text)) ??
    outlineOf(labelledFields(text))
  );
}
