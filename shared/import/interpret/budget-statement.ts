import { findAmounts } from '../../money/amounts';
import { parseCell } from '../../money/cell';
import type { MoneyUnit, ParsedValue } from '../../money/types';
import type { Funding } from '../../model/report';
import { compact } from '../../text/compact';
import { fundingSourceOf } from './names';

/** Which figure a statement's keyword names. */
export type StatementField = 'requiredBudget' | 'budget';

const KEYWORDS = String.raw`사\s*업\s*비|총\s*사\s*업\s*비|소\s*요\s*예\s*산|소\s*요\s*사\s*업\s*비|소\s*요\s*재\s*원|사\s*업\s*예\s*산|연\s*구\s*비|예\s*산\s*액|예\s*산|소\s*요\s*액`;
/** `2025년 예산 :`, `'25년 사업비 :`: a year may come before the keyword */
const YEAR_PREFIX = String.raw`(?:(?:\d{4}|['‘’]\d{2})\s*년도?\s*)?`;
const KEYWORD = new RegExp(
  String.raw`^${YEAR_PREFIX}(?:총\s*)?(${KEYWORDS})\s*(?:\([^)]*\))?\s*[:：]\s*(.*)$`,
);
/** `■ 소요예산 855,000천원(시비)`: no colon, so only when an amount follows at once. */
const KEYWORD_NO_COLON =
  /^(사\s*업\s*비|총\s*사\s*업\s*비|소\s*요\s*예\s*산|소\s*요\s*사\s*업\s*비)\s*(?:\([^)]*\))?\s+(.*)$/;

export interface NamedPart {
  label: string;
  won?: number;
  /** a share given as a percent of the whole (`국비 50%`) */
  percent?: number;
  /** the part as written */
  text: string;
}

/** Splits `국비 10,483, 시비 6,831` at the list commas, not at thousands separators. */
export const PART_SEPARATOR =
  /[,，、](?!\d{3}(?:\D|$))|\/|\s+및\s+|(?<=\d)\s+(?=[가-힣]{1,4}\s*[:：]?\s*\d)/;

export interface BudgetStatement {
  keyword: string;
  field: StatementField;
  main: ParsedValue | null;
  noBudget: boolean;
  funding: Funding;
  originalBudget?: number;
  supplementary?: number;
  carriedOver?: number;
  /** funding source names as written (for the audit's typo check) */
  sourceNames: string[];
  /** parts of the parenthesis the importer could not place */
  unplaced: string[];
}

function fieldOf(keyword: string): StatementField {
  const word = compact(keyword);
  return /^(?:예산|예산액|사업예산)$/.test(word) ? 'budget' : 'requiredBudget';
}

const OPENING = /^[(（[［]$/;
const CLOSING = /^[)）\]］]$/;

/** The text inside the parenthesis (or `[…]`) that starts at `from` (or runs to the end when never closed). */
function parenthesisAt(text: string, from: number): string | null {
  let index = from;
  while (index < text.length && /\s/.test(text[index]!)) index++;
  if (!OPENING.test(text[index] ?? '')) return null;
  let depth = 0;
  for (let i = index; i < text.length; i++) {
    const char = text[i]!;
    if (OPENING.test(char)) depth++;
    else if (CLOSING.test(char)) {
      depth--;
      if (depth === 0) return text.slice(index + 1, i);
    }
  }
  return text.slice(index + 1);
}

/** One part: `국비 41,514천원`, `시비 6,831` (unit inherited), `추경 27,417천원`, `구비`. */
export function readPart(part: string, unit: MoneyUnit): NamedPart | null {
  // `국 6억` → `국 6억원`: amounts in 억/조 written without 원
  const trimmed = part
    .trim()
    .replace(/(\d)\s*(억|조)(?![원\d]|\s*\d[\d,]*\s*(?:천|백|십|만))/g, '$1$2원');
  if (trimmed === '') return null;
  if (!/\d/.test(trimmed)) return { label: trimmed, text: trimmed };
  const amounts = findAmounts(trimmed);
  const first = amounts[0];
  if (first && first.value.kind === 'money') {
    const label = trimmed
      .slice(0, first.start)
      .replace(/[:：\s]+$/, '')
      .trim();
    return { label, won: first.value.won, text: trimmed };
  }
  const bare = /^(.*?)[\s:：]*([△-]?\s*\d[\d,]*(?:\.\d+)?)\s*$/.exec(trimmed);
  if (bare) {
    const value = parseCell(bare[2]!, { kind: 'money', unit });
    if (value?.kind === 'money') return { label: bare[1]!.trim(), won: value.won, text: trimmed };
  }
  if (/\d/.test(trimmed)) return null;
  return { label: trimmed, text: trimmed };
}

/** `국비 50%`, `시비 100%`: a share of the whole, in won (rounded). */
function readSharePart(part: string, whole: number | undefined): NamedPart | null {
  if (whole === undefined || !/[%％]/.test(part)) return null;
  const share = /^\s*([가-힣]{1,8})\s*[:：]?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s*$/.exec(part);
  if (!share) return null;
  const percent = Number(share[2]);
  if (percent > 100) return null;
  const won = Math.round((whole * percent) / 100);
  return { label: share[1]!, won, percent, text: part.trim() };
}

type Placement =
  | { kind: 'funding'; source: keyof Funding; guessed: boolean }
  | { kind: 'original' }
  | { kind: 'supplementary' }
  | { kind: 'carried' };

/**
 * Where a labelled part goes. Funding goes where the document's own word says, whatever level wrote
 * it: 시비 is always `city`, 도비 `province`, 구비/군비 `district` (see names.ts).
 */
export function placementOf(label: string): Placement | null {
  const compacted = compact(label);
  const word = compacted.startsWith('전액') ? compacted.slice(2) : compacted;
  if (word === '') return null;
  if (/^(?:본예산|당초|당초예산|본)$/.test(word)) return { kind: 'original' };
  if (/추경|추가경정/.test(word)) return { kind: 'supplementary' };
  if (/이월/.test(word)) return { kind: 'carried' };
  const funding = fundingSourceOf(word);
  if (!funding) return null;
  return { kind: 'funding', ...funding };
}

/** `국` → `국비`: one-syllable source names as the audit's name check knows them. */
function sourceName(label: string): string {
  const word = compact(label);
  return /^[국시도구군]$/.test(word) ? `${word}비` : word;
}

/**
 * `기타`, `기타재원` beside named sources: the rest of the money. Only there: on its own line under a
 * statement (`- 기타: 5,000천원`) it is an expense item, not a source.
 */
const OTHER_SOURCE = /^기타(?:재원)?$/;

function addTo(record: Record<string, number | undefined>, key: string, won: number): void {
  record[key] = (record[key] ?? 0) + won;
}

/** Places the parenthesis of a statement: `(구비: 본예산 …, 추경 …)`, `(국비 …, 시비 …)`, `(시비)`. */
function readParenthesis(
  statement: BudgetStatement,
  content: string,
  unit: MoneyUnit,
  whole: number | undefined,
): void {
  let inner = content;
  const sourceBeforeColon = /^\s*([가-힣]{2,7})\s*[:：]\s*(.*)$/.exec(content);
  if (sourceBeforeColon) {
    const placement = placementOf(sourceBeforeColon[1]!);
    if (placement?.kind === 'funding') {
      statement.sourceNames.push(compact(sourceBeforeColon[1]!));
      if (whole !== undefined) addTo(statement.funding, placement.source, whole);
      inner = sourceBeforeColon[2]!;
    }
  }
  const parts = inner
    .split(PART_SEPARATOR)
    .map((part) => readSharePart(part, whole) ?? readPart(part, unit));
  const read = parts.filter((part): part is NamedPart => part !== null);
  // shares count only when they make up the whole: `(국비 50%)` alone says nothing of the rest
  const shares = read.reduce((total, part) => total + (part.percent ?? 0), 0);
  const named = Math.abs(shares - 100) < 0.5 ? read : read.filter((p) => p.percent === undefined);
  const money = named.filter((part) => part.won !== undefined);
  const isSplit = named.some((part) => placementOf(part.label) !== null);
  for (const part of named) {
    const placement = placementOf(part.label);
    if (placement?.kind === 'funding') statement.sourceNames.push(sourceName(part.label));
    if (part.won === undefined) {
      if (
        placement?.kind === 'funding' &&
        money.length === 0 &&
        named.length === 1 &&
        whole !== undefined
      ) {
        addTo(statement.funding, placement.source, whole);
      }
      continue;
    }
    if (!placement && OTHER_SOURCE.test(compact(part.label)) && isSplit) {
      statement.sourceNames.push(compact(part.label));
      addTo(statement.funding, 'other', part.won);
      continue;
    }
    if (!placement) {
      if (part.label !== '' && isSplit) statement.unplaced.push(part.text);
      if (part.label !== '' && money.length > 1) addTo(statement.funding, 'other', part.won);
      continue;
    }
    if (placement.kind === 'funding') addTo(statement.funding, placement.source, part.won);
    else if (placement.kind === 'original')
      statement.originalBudget = (statement.originalBudget ?? 0) + part.won;
    else if (placement.kind === 'supplementary')
      statement.supplementary = (statement.supplementary ?? 0) + part.won;
    else statement.carriedOver = (statement.carriedOver ?? 0) + part.won;
  }
}

/**
 * A budget statement in prose: `소요예산 : 855,000천원(시비)`, `사업비: 1,022,477천원(구비: 본예산
 * 995,060천원, 추경 27,417천원)`, `사업비: 117,676천원(국비 10,483, 시비 6,831, 구비 100,362)`,
 * `연구비 : 과제별 5,000천원 ~ 10,000천원(시비)`, `사업비: 비예산`. Null when the text is not one.
 */
export function readBudgetStatement(text: string): BudgetStatement | null {
  const trimmed = text.trim();
  const withColon = KEYWORD.exec(trimmed);
  const match = withColon ?? KEYWORD_NO_COLON.exec(trimmed);
  if (!match) return null;
  if (!withColon && !/^(?:총\s*|약\s*)?[△-]?\d/.test(match[2]!)) return null;
  const keyword = compact(match[1]!);
  const rest = match[2]!;
  const statement: BudgetStatement = {
    keyword,
    field: fieldOf(keyword),
    main: null,
    noBudget: false,
    funding: {},
    sourceNames: [],
    unplaced: [],
  };
  const amounts = findAmounts(rest);
  const first = amounts[0];
  if (!first) {
    statement.noBudget =
      /비\s*예\s*산|예산\s*없음|무예산|소요\s*없음/.test(rest) ||
      /^(?:[-–—]|없\s*음|해당\s*없\s*음)\s*$/.test(rest.trim());
    return statement;
  }
  statement.main = first.value;
  if (first.value.kind !== 'money' && first.value.kind !== 'range') return statement;
  const whole = first.value.kind === 'money' ? first.value.won : undefined;
  const content = parenthesisAt(rest, first.end);
  if (content !== null) readParenthesis(statement, content, first.value.unit, whole);
  return statement;
}
