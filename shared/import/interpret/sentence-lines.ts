/**
 * Amounts in sentences: `일자리 12,400개 추진(1,230억원)`, `(관광수용태세 개선) 주요 관광지 수용태세
 * 개선(1억원), 감천문화마을 쿨링포그 설치(1.2억원)`. Each comma-separated piece that ends in a
 * parenthesis whose last item is an amount becomes a line marked as read from a sentence, named by
 * the subject in parentheses that opens the item, else by the piece itself.
 */
import { findAmounts } from '../../money/amounts';
import type { BudgetLine, FundingSource } from '../../model/report';
import { compact, tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import { leadOf, type ReadingContext } from './context';
import { fundingSourceOf } from './names';
import { findPeriod, type Period } from './statement-period';
import type { Collected } from './sink';

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

/** Words after an amount that make it a limit, a rate or a unit price, not a budget. */
const NOT_A_BUDGET =
  /^\s*(?:한도|이하|이상|이내|미만|초과|규모|당|씩|까지|절감|이자|내외|수준|상당|증|감|↑|↓|→|%)/;
/**
 * What may stand before the amount in the parenthesis's last item: nothing, or a word that names
 * the cost (`예산 13억`, `총 2억원`). A label (`외교부 1,219,972천원`, `부부합산 1억원`, `구당 약
 * 4.3억원`) makes it a part, a limit or a unit price, not the piece's cost.
 */
const COST_WORD = /^(?:(?:총|약|예산|사업비|소요예산|총사업비)\s*)*$/;

/**
 * What the sentence says the amount is, when that is not money the year's budget spends: a sector's
 * market size (`해양관광시장 규모(6조 6709억원)`), sales or spending by others, a levy collected,
 * investment attracted, an economic effect, a fund raised with others' money, a savings figure or a
 * ceiling, a unit price (`1일 대당 연료비`). Matched on the words right before the amount (the piece's head noun, spaces removed).
 */
const NOT_SPENDING_SUBJECT =
  /(?:시장규모|매출액?|판매액?|매각|수익|수입|소비액?|투자유치|경제효과|파급효과|경제적효과|생산유발효과?|부가가치|고용효과|부과|징수|부과징수|절감|펀드조성|펀드|한도액?|한도액편성|수출액?|거래액|거래규모|자산규모|시가총액|기업가치)$/;
/** The same words anywhere in the subject, when they name the figure (`관광 매출 규모`). */
const NOT_SPENDING_ANYWHERE =
  /시장규모|매출|경제효과|파급효과|생산유발|투자유치|부가가치유발|대당|인당|가구당|개소당/;

/** Whether the amount a piece gives is something other than money spent from the budget. */
export function notSpending(subject: string): boolean {
  const word = compact(subject).replace(/[^\p{L}\p{N}]/gu, '');
  return NOT_SPENDING_SUBJECT.test(word) || NOT_SPENDING_ANYWHERE.test(word);
}

/** Labels that name no thing of their own: the open project is what they measure. */
const GENERIC_LABEL = /^(?:총)?(?:규모|사업규모|예산규모|총액|금액|예산|소요액|투자규모)$/;

/** Splits at commas outside parentheses. */
function pieces(text: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/[(（[［]/.test(char)) depth++;
    else if (/[)）\]］]/.test(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,，]/.test(char) && !/\d/.test(text[i + 1] ?? '')) {
      found.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  found.push({ text: text.slice(start), start });
  return found;
}

interface SentenceAmount {
  name: string;
  won: number;
  unit: BudgetLine['statedUnit'];
  /** `(국비 693백만원)`: who pays, when the parenthesis says */
  source?: FundingSource;
  /** `… 세입: 1,564,058천원`: money coming in, not spent */
  revenue?: true;
  /** `(’21.~’26, 273억원)`, `(’26년 완료, 566억원)`: a multi-year project's whole cost */
  multiYear?: { period?: Period };
}

interface PieceAmount {
  before: string;
  won: number;
  unit: BudgetLine['statedUnit'];
  source?: FundingSource;
  multiYear?: { period?: Period };
}

/** `’26년 완료`, `2030년 준공`: a project that runs to a later year. */
const COMPLETION = /(?:\d{4}|['‘’]\d{2})\s*년\s*(?:완료|준공|완공|개통|까지)/;

/**
 * The parenthesis's other items say the cost spans years (`’24. 10. ~ ’25. 10`, `’26년 완료`): the
 * amount is the project's whole cost, not this year's budget.
 */
function multiYearOf(items: readonly string[]): { period?: Period } | undefined {
  for (const item of items) {
    const period = findPeriod(item);
    if (period && period.to > period.from) return { period };
    if (COMPLETION.test(item)) return {};
  }
  return undefined;
}

/** The amount a piece ends with, in its closing parenthesis, and the words before it. */
function pieceAmount(piece: string): PieceAmount | null {
  // `…(’21.~’26, 273억원) 추진`: a closing verb after the parenthesis does not change the amount
  const trimmed = piece
    .trim()
    .replace(/\s*(?:추진|실시|시행|착수)$/, '')
    .replace(/\s*등$/, '');
  if (!/[)）]$/.test(trimmed)) return null;
  let depth = 0;
  let open = -1;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const char = trimmed[i]!;
    if (/[)）]/.test(char)) depth++;
    else if (/[(（]/.test(char) && --depth === 0) {
      open = i;
      break;
    }
  }
  if (open <= 0) return null;
  const inner = trimmed.slice(open + 1, -1);
  const items = inner.split(/[,，/]\s*(?!\d{3})/).map((item) => item.trim());
  // `(예산 211억원, 구당 평균 약 8.8억원)`: an item that says it is the cost wins over the last
  const named = items.find((item) => /^(?:예산|사업비|소요예산|총사업비)\s*\d/.test(item));
  const item = (named ?? items[items.length - 1] ?? '').replace(/(\d)\s*억$/, '$1억원');
  const amount = findAmounts(item).at(-1);
  if (!amount || amount.value.kind !== 'money' || amount.value.won <= 0) return null;
  if (NOT_A_BUDGET.test(item.slice(amount.end))) return null;
  if (item.slice(amount.end).trim() !== '') return null;
  const label = item.slice(0, amount.start).trim();
  if (notSpending(trimmed.slice(0, open))) return null;
  // `(국비 693백만원)` alone: the cost, and who pays it
  const source = items.length === 1 ? fundingSourceOf(label) : null;
  if (!COST_WORD.test(label) && !(source && !source.guessed)) return null;
  const found: PieceAmount = {
    before: trimmed.slice(0, open),
    won: amount.value.won,
    unit: amount.value.unit,
  };
  if (source) found.source = source.source;
  const multiYear = multiYearOf(items.filter((other) => other !== item));
  if (multiYear) found.multiYear = multiYear;
  return found;
}

/** A piece's name: the words before its parenthesis, without a leading subject or bullet. */
function nameOf(before: string): string {
  return tidySpaces(
    before
      .replace(/^\s*[(（][^()（）]*[)）]\s*/, '')
      .replace(/^[^\p{L}\p{N}「『<《]+/u, '')
      .replace(/[▹▸‣:：]\s*$/, ''),
  );
}

/**
 * `2021 시민참여예산사업 선정 결과 : 총 898건 666억원`, `여권발급수수료 세입: 1,564,058천원(…)`: a
 * label, a colon and an amount that ends the item (a count may come first; a note may follow).
 */
function colonAmount(text: string): SentenceAmount | null {
  const match =
    /^(.{2,60}?)\s*[:：]\s*(?:총\s*)?(?:[\d,]+\s*(?:건|개소|개사|개교|개|명|곳)\s*)?(.+)$/.exec(
      text.trim(),
    );
  if (!match) return null;
  const label = tidySpaces(match[1]!.replace(/^[^\p{L}\p{N}]+/u, ''));
  // `'20. 11월 :`, `3. 추진 :`: a date or an ordinal, not a name
  if (!/[가-힣]{2}/.test(label) || /^['‘’`]?\d{1,2}\s*[.)년월]|^\d+$/.test(label)) return null;
  const rest = match[2]!.trim();
  const amount = findAmounts(rest)[0];
  if (!amount || amount.start !== 0 || amount.value.kind !== 'money' || amount.value.won <= 0)
    return null;
  const after = rest.slice(amount.end).trim();
  if (after !== '' && !/^[(（].*[)）]$/.test(after)) return null;
  if (notSpending(label)) return null;
  const revenue = /세입$/.test(compact(label));
  const name = revenue ? tidySpaces(label.replace(/\s*세\s*입$/, '')) || label : label;
  const found: SentenceAmount = { name, won: amount.value.won, unit: amount.value.unit };
  if (revenue) found.revenue = true;
  return found;
}

export function sentenceAmounts(raw: string): SentenceAmount[] {
  const text = raw.replace(/^[^\p{L}\p{N}(（]+/u, '');
  const colon = colonAmount(text);
  if (colon) return [colon];
  const lead = leadOf(text);
  const found: SentenceAmount[] = [];
  const read = pieces(text).flatMap((piece) => {
    const amount = pieceAmount(piece.text);
    return amount ? [{ piece, amount }] : [];
  });
  for (const { piece, amount } of read) {
    // one amount in the sentence: all the words before it name it; several: each its own piece
    const before = read.length === 1 ? text.slice(0, piece.start) + amount.before : amount.before;
    const own = nameOf(before);
    // the sentence is its own name: the first amount keeps the subject its item opens with
    const name = found.length === 0 && lead ? (own && own !== lead ? `${lead} ${own}` : lead) : own;
    if (name.length < 2 || !/[가-힣A-Za-z]{2}/.test(name)) continue;
    const entry: SentenceAmount = { name, won: amount.won, unit: amount.unit };
    if (amount.source) entry.source = amount.source;
    if (amount.multiYear) entry.multiYear = amount.multiYear;
    found.push(entry);
  }
  return found;
}

/**
 * Lines from the amounts a sentence gives in parentheses; false when it gives none. Headings and
 * statements are read elsewhere; this only sees the prose they leave.
 */
export function readSentenceAmounts(
  block: TextBlock,
  context: ReadingContext,
  collected: Collected,
  _rank: number,
): boolean {
  if (block.kind === 'paragraph' && block.text.length < 6) return false;
  const amounts = sentenceAmounts(block.text);
  const project = context.project();
  for (const amount of amounts) {
    // `○ 총 규모 : 700억원 내외` under a project heading: the project's own size
    if (project && GENERIC_LABEL.test(compact(amount.name))) amount.name = project.name;
    const department = project?.department ?? context.department;
    const fiscalYear = project?.fiscalYear ?? context.fiscalYear;
    const key = collected.keys.next({ fiscalYear, department, project: amount.name });
    const line: BudgetLine = {
      key,
      fiscalYear,
      project: amount.name,
      fromSentence: true,
      source: { line: block.line, text: block.raw },
    };
    if (amount.multiYear) {
      line.totalCost = amount.won;
      if (amount.multiYear.period) line.period = amount.multiYear.period;
    } else line.budget = amount.won;
    if (amount.unit) line.statedUnit = amount.unit;
    if (amount.revenue) line.category = 'revenue';
    if (amount.source) line.funding = { [amount.source]: amount.won };
    if (department) line.department = department;
    if (collected.bureau) line.bureau = collected.bureau;
    collected.lines.push(line);
  }
  return amounts.length > 0;
}
