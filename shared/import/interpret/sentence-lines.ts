/**
 * Amounts in sentences: `일자리 12,400개 추진(1,230억원)`, `(관광수용태세 개선) 주요 관광지 수용태세
 * 개선(1억원), 감천문화마을 쿨링포그 설치(1.2억원)`. Each piece (sentence-pieces.ts) that gives its
 * cost in a parenthesis becomes a line marked as read from a sentence, named by the subject in
 * parentheses that opens the item, else by the piece itself. In a results section (`2024년 주요성과`)
 * the amount is what was spent, not a budget.
 */
import { findAmounts } from '../../money/amounts';
import type { BudgetLine, Funding, FundingSource } from '../../model/report';
import { compact, tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import { leadOf, type ReadingContext } from './context';
import { notSpending, pieceAmount, pieces } from './sentence-pieces';
import { isPayingAct, scheduledYear } from './paid-items';
import { readPeriod, type Period } from './statement-period';
import type { Collected } from './sink';
import { wholeCostYear } from './whole-cost-year';

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

/** Labels that name no thing of their own: the open project is what they measure. */
const GENERIC_LABEL =
  /^(?:총)?(?:규모|사업규모|예산규모|총액|금액|예산|소요액|투자규모|규모·?예산|규모및예산)$/;

interface SentenceAmount {
  name: string;
  won: number;
  unit: BudgetLine['statedUnit'];
  /** `(국비 693백만원)`: who pays, when the parenthesis says */
  source?: FundingSource;
  /** `(1.96억원, 국비 50%)`: parts given as shares */
  shares?: Funding;
  /** the shares leave part of the amount unstated: a partial split */
  sharesPartial?: true;
  /** `… 세입: 1,564,058천원`: money coming in, not spent */
  revenue?: true;
  /** `(’21.~’26, 273억원)`, `(’26년 완료, 566억원)`: a multi-year project's whole cost */
  multiYear?: { period?: Period };
  /** `(’25년 6개소 3.6억원)`: the year the sentence says the cost is for */
  year?: number;
  /** `보조금 교부(145억원)`: the piece only says the money is handed out */
  paying?: true;
}

/** `'20. 11월`, `3. 추진`, `12`: a date or an ordinal before a colon, not a name */
function isDateOrOrdinal(label: string): boolean {
  return !/[가-힣]{2}/.test(label) || /^['‘’`]?\d{1,2}\s*[.)년월]|^\d+$/.test(label);
}

/**
 * A piece's name: the words before its parenthesis, without a leading subject or bullet; when they
 * open with a label and a colon (`기본계획 수립 : 대체서식지 확보 … 방안 마련 등`), the label.
 */
function nameOf(before: string): string {
  const words = tidySpaces(
    before
      .replace(/^\s*[(（][^()（）]*[)）]\s*/, '')
      .replace(/^[^\p{L}\p{N}「『<《]+/u, '')
      .replace(/[▹▸‣:：]\s*$/, ''),
  );
  const label = /^([^:：()（）]{2,40}?)\s*[:：]\s*\S/.exec(words)?.[1];
  return label && !isDateOrOrdinal(label) ? label : withoutMeans(words);
}

/**
 * `국가사업 공모를 통한 영어특화 들락날락 조성`: the words before `…을 통한` say how the thing is
 * got, not what it is; the thing named after them is the piece's name.
 */
function withoutMeans(words: string): string {
  const match = /^[^()（）]{2,40}?[을를]\s*통한\s+(\S.*)$/.exec(words);
  return match && /[가-힣]{2}.*[가-힣]{2}/.test(match[1]!) ? match[1]! : words;
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
  if (isDateOrOrdinal(label)) return null;
  const whole = match[2]!.trim();
  // `하수관로 정비: L=56㎞(누계 2,736㎞), 1,093억원`: what was done, then the cost after a comma
  const last = pieces(whole).at(-1)!.text.trim();
  const amounts = findAmounts(whole);
  if (amounts.length === 0 || (amounts[0]!.start !== 0 && amounts.length > 1)) return null;
  const rest = amounts[0]!.start === 0 ? whole : last.replace(/^(?:총|약)\s*/, '');
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

/** `(’24.~’25.) 수영강 등 3개 하천 정비사업(29.5억원)`: an item opened by the years it spans. */
function leadingPeriod(text: string): Period | undefined {
  const inner = /^[(（]([^()（）]{3,30})[)）]/.exec(text)?.[1];
  const read = inner === undefined ? null : readPeriod(inner);
  if (!read || read.rest.trim() !== '' || read.period.to <= read.period.from) return undefined;
  return read.period;
}

/** `… 설치(’40년 완료, 4,453억원) * ‘25년 258.48km(93.1%)`: a note after a mark that holds no money */
function withoutTrailingNote(text: string): string {
  const note = /\s[*※]\s*[^*※]*$/.exec(text);
  if (!note || note.index === 0) return text;
  const money = findAmounts(note[0]).some((amount) => amount.value.kind === 'money');
  return money ? text : text.slice(0, note.index);
}

export function sentenceAmounts(raw: string): SentenceAmount[] {
  const text = withoutTrailingNote(raw.replace(/^[^\p{L}\p{N}(（]+/u, ''));
  const colon = colonAmount(text);
  if (colon) return [colon];
  const lead = leadOf(text);
  const span = leadingPeriod(text);
  const found: SentenceAmount[] = [];
  const split = pieces(text);
  const read = split.flatMap((piece, index) => {
    const amount = pieceAmount(piece.text);
    return amount ? [{ piece, index, amount }] : [];
  });
  for (const { piece, index, amount } of read) {
    // one amount in the sentence: all the words before it name it, unless they are items of their
    // own (`건강영향조사(1,600명), 구제급여 지급(100억원)`); several: each its own piece
    // (`A(31개), B(320개), C(12개) 등 운영 지원(4.9억)`: a list closed by 등 is one subject)
    const itemsBefore =
      !/[)）]\s*등\s/.test(amount.name) &&
      split.slice(0, index).some((other) => /[)）]\s*$/.test(other.text));
    const whole = read.length === 1 && !itemsBefore;
    const before = whole ? text.slice(0, piece.start) + amount.name : amount.name;
    const own = nameOf(before);
    // the sentence is its own name: the first amount keeps the subject its item opens with
    const name = found.length === 0 && lead ? (own && own !== lead ? `${lead} ${own}` : lead) : own;
    if (name.length < 2 || !/[가-힣A-Za-z]{2}/.test(name)) continue;
    const entry: SentenceAmount = { name, won: amount.won, unit: amount.unit };
    if (amount.source) entry.source = amount.source;
    if (amount.shares) entry.shares = amount.shares;
    if (amount.sharesPartial) entry.sharesPartial = true;
    if (amount.year !== undefined) entry.year = amount.year;
    if (isPayingAct(nameOf(amount.name))) entry.paying = true;
    if (amount.multiYear) entry.multiYear = amount.multiYear;
    // the years that open the item are the first project's: its cost is over them
    else if (span && found.length === 0) entry.multiYear = { period: span };
    found.push(entry);
  }
  return found;
}

/** `'21~'25`, `’24.~’27.`, `2028~2030`: a span of years */
const SPAN = /(?:(\d{4})|['‘’](\d{2}))\s*(?:년|\.)?\s*[~∼～\-–]\s*(?:(\d{4})|['‘’]?(\d{2}))/g;

/**
 * `… 440칸 단계별 교체(5,566억원)` › `✓ 1단계(‘21~’25) → 2단계(‘23~’26) → 3단계(‘24~’27)`: the line
 * right after lays the work out in stages over several years, so the amount is the whole cost. One
 * stage is enough when it has a cost of its own (`< 1단계(’23년~’25년) 50억원 >`): the amount above
 * is the sum of such stages, each several years long.
 */
function stagesIn(text: string): boolean {
  let spans = 0;
  for (const match of text.matchAll(SPAN)) {
    const from = match[1] ? Number(match[1]) : 2000 + Number(match[2]);
    const to = match[3] ? Number(match[3]) : 2000 + Number(match[4]);
    if (to > from && to - from < 30) spans++;
  }
  if (!/단계|차/.test(text)) return false;
  const costed =
    /^\s*[<〈《(（]?\s*\d\s*(?:단계|차)/.test(text) && /\d\s*(?:억|백만|천만)\s*원/.test(text);
  return spans >= 2 || (spans === 1 && costed);
}

/**
 * `2021 시민참여예산사업 선정 : 총 898건 666억원`, `’21년 지역사회혁신계획 편성(예산 211억원)`: a
 * sentence that opens with a year gives that year's figure (only the year next to the section's: a
 * `2050 탄소중립 …` names a goal, not the year of the money).
 */
function openingYear(name: string, sectionYear: number): number | undefined {
  const match = /^(?:(\d{4})\s*년?|['‘’]?(\d{2})\s*년)\s/.exec(name);
  if (!match) return undefined;
  const year = match[1] ? Number(match[1]) : 2000 + Number(match[2]);
  return Math.abs(year - sectionYear) === 1 ? year : undefined;
}

/** how many lines below a project's whole cost its parts may be given */
const PARTS_REACH = 3;

/**
 * `❖ 비점오염 저감시설(’26년 완료, 566억원)` › `- 동천본류(298억원), 부전천(268억원)`: amounts right
 * under a sentence's whole cost that add up to it exactly are its parts, whole costs too.
 */
function wholeTheyShare(
  amounts: readonly SentenceAmount[],
  collected: Collected,
  line: number,
): BudgetLine | undefined {
  const last = collected.lines.at(-1);
  if (amounts.length < 2 || !last?.fromSentence || last.totalCost === undefined) return undefined;
  if (last.source.line >= line || line - last.source.line > PARTS_REACH) return undefined;
  if (amounts.some((amount) => amount.multiYear || amount.revenue)) return undefined;
  const sum = amounts.reduce((total, amount) => total + amount.won, 0);
  return sum === last.totalCost ? last : undefined;
}

/**
 * Lines from the amounts a sentence gives in parentheses; false when it gives none. Headings and
 * statements are read elsewhere; this only sees the prose they leave. Under a project's overview
 * item (`overview`) the amounts are whole costs.
 */
export function readSentenceAmounts(
  block: TextBlock,
  context: ReadingContext,
  collected: Collected,
  _rank: number,
  following?: string,
  continued?: string,
  overview = false,
): boolean {
  if (block.kind === 'paragraph' && block.text.length < 6) return false;
  // a figure on an item's second line is named by the item: read the two lines as one sentence,
  // keeping only what the second line adds (the first was read on its own already)
  const own = sentenceAmounts(block.text);
  const amounts =
    continued !== undefined && own.length > 0 ? sentenceAmounts(continued).slice(-own.length) : own;
  const lone = amounts.length === 1 ? amounts[0]! : undefined;
  if (lone && !lone.multiYear && !lone.revenue && following && stagesIn(following))
    lone.multiYear = {};
  // an overview's figures are the whole undertaking's (overview-item.ts)
  if (overview) for (const amount of amounts) if (!amount.revenue) amount.multiYear ??= {};
  const project = context.project();
  const whole = wholeTheyShare(amounts, collected, block.line);
  for (const amount of amounts) {
    // `○ 총 규모 : 700억원 내외` under a project heading: the project's own size
    if (project && GENERIC_LABEL.test(compact(amount.name))) amount.name = project.name;
    const department = project?.department ?? context.department;
    const sectionYear = context.labelYear ?? project?.fiscalYear ?? context.fiscalYear;
    const scheduled =
      project && !whole && !amount.multiYear && !amount.revenue
        ? scheduledYear(amount.name, sectionYear)
        : undefined;
    if (scheduled || (project && amount.paying))
      amount.name = context.nearestHeading() ?? project!.name;
    const fiscalYear = whole
      ? whole.fiscalYear
      : amount.multiYear
        ? wholeCostYear(collected, sectionYear)
        : (scheduled?.year ?? amount.year ?? openingYear(amount.name, sectionYear) ?? sectionYear);
    const key = collected.keys.next({ fiscalYear, department, project: amount.name });
    const line: BudgetLine = {
      key,
      fiscalYear,
      project: amount.name,
      fromSentence: true,
      source: { line: block.line, text: block.raw },
    };
    if (whole) {
      line.totalCost = amount.won;
      line.parentKey = whole.key;
      if (whole.period) line.period = whole.period;
    } else if (amount.multiYear) {
      line.totalCost = amount.won;
      if (amount.multiYear.period) line.period = amount.multiYear.period;
    } else if ((context.kind === 'report' || scheduled?.paid) && !amount.revenue)
      line.spent = amount.won;
    else line.budget = amount.won;
    if (amount.unit) line.statedUnit = amount.unit;
    if (amount.revenue) line.category = 'revenue';
    if (amount.source) line.funding = { [amount.source]: amount.won };
    else if (amount.shares) {
      line.funding = { ...amount.shares };
      if (amount.sharesPartial) line.fundingPartial = true;
    }
    if (department) line.department = department;
    if (collected.bureau) line.bureau = collected.bureau;
    collected.lines.push(line);
  }
  return amounts.length > 0;
}
