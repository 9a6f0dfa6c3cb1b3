import { findAmounts } from '../../money/amounts';
import type { ParsedValue } from '../../money/types';
import type { Funding } from '../../model/report';
import { compact } from '../../text/compact';
import { readFundingNote } from './funding-note';
import { readStageNote } from './stage-note';
import { readParenthesis } from './statement-parts';
import { readPeriod, yearFigureAfter, type Period } from './statement-period';

export { PART_SEPARATOR, placementOf, readPart, type NamedPart } from './statement-parts';

/** Which figure a statement's keyword names (`spent`: a bare figure in a results section). */
export type StatementField = 'requiredBudget' | 'budget' | 'totalCost' | 'spent';

const SPACED = (word: string) => [...word].join(String.raw`\s*`);
const KEYWORDS = [
  '사업기간및총사업비',
  '총사업비',
  '사업비',
  '소요예산',
  '소요사업비',
  '소요재원',
  '사업예산',
  '연구비',
  '용역비',
  '예산금액',
  '예산액',
  '예산',
  '소요액',
]
  .map(SPACED)
  .join('|');
/** `2025년 예산 :`, `'25년 사업비 :`: a year may come before the keyword */
const YEAR_PREFIX = String.raw`(?:(?:\d{4}|['‘’]\d{2})\s*년도?\s*)?`;
const KEYWORD = new RegExp(
  String.raw`^${YEAR_PREFIX}[(（]?\s*(${KEYWORDS})\s*[)）]?\s*(?:\([^)]*\))?\s*[:：]\s*(.*)$`,
);
/**
 * `기반시설 사업비 : 4,251억원`: a word before the keyword names the part of the project the figure
 * is for (not a time: `연간`, `총` say which figure, not whose).
 */
const QUALIFIED = new RegExp(
  String.raw`^([가-힣·]{2,10})\s+((?:${['사업비', '소요예산', '예산'].map(SPACED).join('|')})\s*(?:\([^)]*\))?\s*[:：].*)$`,
);
const NOT_A_PART =
  /^(?:연간|금년|올해|당해|전체|총|추가|잔여|기존|당초|최종|본|주요|세부|국비|시비|구비|도비)$/;
/** `■ 소요예산 855,000천원(시비)`, `(사 업 비) 2,310백만원`: no colon, so only when an amount follows. */
const KEYWORD_NO_COLON = new RegExp(
  String.raw`^[(（]?\s*(${['총사업비', '사업비', '소요예산', '소요사업비', '사업예산'].map(SPACED).join('|')})\s*[)）]?\s*(?:\([^)]*\))?\s+(.*)$`,
);

export interface BudgetStatement {
  keyword: string;
  field: StatementField;
  main: ParsedValue | null;
  noBudget: boolean;
  funding: Funding;
  /** the funding names some payers only (`196백만원(국비 50%)`): no split of the whole */
  fundingPartial?: true;
  originalBudget?: number;
  supplementary?: number;
  carriedOver?: number;
  /** the years a multi-year cost covers (`'21~'27`, `2022년∼2028년`) */
  period?: Period;
  /** this year's own figure beside a multi-year total (`('25년 1,800백만원)`) */
  yearFigure?: { year: number; won: number };
  /** this year's own figure beside a multi-year total, the year not stated (the section's) */
  ownYearFigure?: number;
  /** labelled amounts in the parenthesis that are not sources: the cost's own items */
  breakdown: { label: string; won: number }[];
  /** funding source names as written (for the audit's typo check) */
  sourceNames: string[];
  /** parts of the parenthesis the importer could not place */
  unplaced: string[];
  /** `기반시설 사업비 : …`: the part of the project the figure is for */
  qualifier?: string;
  /** `매입비 330백만원 / 사용료 100백만원`: figures given apart, with no total of their own */
  separate?: { label: string; won: number }[];
}

function fieldOf(keyword: string, period: Period | undefined): StatementField {
  const word = compact(keyword);
  if (/총사업비/.test(word) || period !== undefined) return 'totalCost';
  return /^(?:예산|예산액|예산금액|사업예산)$/.test(word) ? 'budget' : 'requiredBudget';
}

const OPENING = /^[(（[［]$/;
const CLOSING = /^[)）\]］]$/;

/** The text inside the parenthesis (or `[…]`) that starts at `from` (or runs to the end when never closed). */
export function parenthesisAt(text: string, from: number): { content: string; end: number } | null {
  let index = from;
  while (index < text.length && /\s/.test(text[index]!)) index++;
  if (!OPENING.test(text[index] ?? '')) return null;
  let depth = 0;
  for (let i = index; i < text.length; i++) {
    const char = text[i]!;
    if (OPENING.test(char)) depth++;
    else if (CLOSING.test(char)) {
      depth--;
      if (depth === 0) return { content: text.slice(index + 1, i), end: i + 1 };
    }
  }
  return { content: text.slice(index + 1), end: text.length };
}

/** Reads the amount and what follows it: `12.5억원(해수부 8.75, 시 3.75)`, `총 13억원(…)`. */
export function readAmountAndParts(statement: BudgetStatement, rest: string): BudgetStatement {
  const amounts = findAmounts(rest);
  const first = amounts[0];
  const separate = separateFigures(rest);
  if (separate) statement.separate = separate;
  if (!first) {
    statement.noBudget =
      /비\s*예\s*산|예산\s*없음|무예산|소요\s*없음/.test(rest) ||
      /^(?:[-–—]|없\s*음|해당\s*없\s*음)\s*$/.test(rest.trim());
    return statement;
  }
  statement.main = first.value;
  if (first.value.kind !== 'money' && first.value.kind !== 'range') return statement;
  const whole = first.value.kind === 'money' ? first.value.won : undefined;
  const parenthesis =
    parenthesisAt(rest, first.end) ?? fundingAfterVerb(rest, first.end, first.value.unit, whole);
  if (parenthesis) {
    const reading = readParenthesis(parenthesis.content, first.value.unit, whole);
    statement.funding = reading.funding;
    if (reading.partial) statement.fundingPartial = true;
    statement.breakdown = reading.breakdown;
    statement.sourceNames = reading.sourceNames;
    statement.unplaced = reading.unplaced;
    if (reading.originalBudget !== undefined) statement.originalBudget = reading.originalBudget;
    if (reading.supplementary !== undefined) statement.supplementary = reading.supplementary;
    if (reading.carriedOver !== undefined) statement.carriedOver = reading.carriedOver;
  }
  if (whole !== undefined && Object.keys(statement.funding).length === 0) {
    const note = readFundingNote(
      rest.slice(parenthesis?.end ?? first.end),
      first.value.unit,
      whole,
    );
    if (note) {
      statement.funding = note.funding;
      statement.sourceNames.push(...note.sourceNames);
    }
  }
  if (whole !== undefined && statement.breakdown.length === 0) {
    const stages = readStageNote(rest.slice(parenthesis?.end ?? first.end), whole);
    if (stages.length > 0) statement.breakdown = stages;
  }
  if (statement.field === 'totalCost') {
    const year = yearFigureAfter(rest.slice(parenthesis?.end ?? first.end));
    if (year) statement.yearFigure = year;
  }
  return statement;
}

/** `매입비 330백만원 / 사용료 100백만원`: each figure after its own label, split by slashes. */
function separateFigures(rest: string): { label: string; won: number }[] | undefined {
  const pieces = rest.split(/\s+\/\s+/);
  if (pieces.length < 2) return undefined;
  const found: { label: string; won: number }[] = [];
  for (const piece of pieces) {
    const match = /^([가-힣][가-힣·\s]{0,15}?)(?:\s*[:：]\s*|\s+)(\d.*)$/.exec(piece.trim());
    const amounts = match ? findAmounts(match[2]!) : [];
    const amount = amounts[0];
    if (!match || amounts.length !== 1 || amount?.start !== 0 || amount.value.kind !== 'money')
      return undefined;
    if (match[2]!.slice(amount.end).trim() !== '') return undefined;
    found.push({ label: match[1]!.trim(), won: amount.value.won });
  }
  return found;
}

/** `지원`, `투입`: a short verb between an amount and its parenthesis */
const VERB_BEFORE_PARENTHESIS = /^\s*[가-힣]{1,3}\s*(?=[(（])/;

/**
 * `운영기관별 78백만원 지원(국비 78)`: a parenthesis after a short verb is the amount's funding only
 * when it is nothing but named sources that add up to the amount.
 */
function fundingAfterVerb(
  rest: string,
  end: number,
  unit: Parameters<typeof readParenthesis>[1],
  whole: number | undefined,
): { content: string; end: number } | null {
  if (whole === undefined) return null;
  const verb = VERB_BEFORE_PARENTHESIS.exec(rest.slice(end));
  if (!verb) return null;
  const parenthesis = parenthesisAt(rest, end + verb[0].length);
  if (!parenthesis) return null;
  const reading = readParenthesis(parenthesis.content, unit, whole);
  const parts = Object.values(reading.funding).reduce((sum, won) => sum + (won ?? 0), 0);
  const onlySources = reading.breakdown.length === 0 && reading.unplaced.length === 0;
  return onlySources && parts === whole ? parenthesis : null;
}

export function emptyStatement(keyword: string, field: StatementField): BudgetStatement {
  return {
    keyword,
    field,
    main: null,
    noBudget: false,
    funding: {},
    breakdown: [],
    sourceNames: [],
    unplaced: [],
  };
}

/**
 * A budget statement in prose: `소요예산 : 855,000천원(시비)`, `사업비: 1,022,477천원(구비: 본예산
 * 995,060천원, 추경 27,417천원)`, `(사 업 비) 2,310백만원(국 1,155, 시 693, 구·군 462)`, `총사업비 :
 * 1,840억원`, `사업기간 및 총사업비 : 2022년∼2028년 / 2,900억원`, `연구비 : 과제별 5,000천원 ~
 * 10,000천원(시비)`, `사업비: 비예산`. Null when the text is not one.
 */
export function readBudgetStatement(text: string): BudgetStatement | null {
  const qualified = QUALIFIED.exec(text.trim());
  if (qualified && !NOT_A_PART.test(qualified[1]!)) {
    const statement = readBudgetStatement(qualified[2]!);
    if (statement) statement.qualifier = qualified[1]!;
    return statement;
  }
  const trimmed = text.trim();
  const withColon = KEYWORD.exec(trimmed);
  const match = withColon ?? KEYWORD_NO_COLON.exec(trimmed);
  if (!match) return null;
  if (!withColon && !/^(?:총\s*|약\s*)?[△-]?\d/.test(match[2]!)) return null;
  const keyword = compact(match[1]!);
  const rest = match[2]!;
  const period = readPeriod(rest);
  const statement = emptyStatement(keyword, fieldOf(keyword, period?.period));
  if (period) statement.period = period.period;
  return readAmountAndParts(statement, period ? period.rest : rest);
}
