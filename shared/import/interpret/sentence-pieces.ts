/**
 * The pieces of a sentence that give an amount in parentheses: `무상급식비(714억원) 및 학교급식
 * 식품비(30억원) 지원`, `문해교육센터 운영(0.65억)을 통한 …`, `생태계 교란생물 퇴치(107백만원, 뉴트리아등)`.
 * A piece is split off at a comma or a `및` outside parentheses; its amount is the parenthesis item
 * that is a bare cost (a count, a date or a share may stand beside it).
 */
import { findAmounts } from '../../money/amounts';
import type { BudgetLine, Funding, FundingSource } from '../../model/report';
import { compact } from '../../text/compact';
import { fundingSourceOf } from './names';
import { notSpending } from './not-spending';
import { sharesOf } from './share-items';

export { notSpending } from './not-spending';
import { findPeriod, readPeriod, type Period } from './statement-period';

/** Words after an amount that make it a limit, a rate or a unit price, not a budget. */
const NOT_A_BUDGET =
  /^\s*(?:한도|이하|이상|이내|미만|초과|규모|당|씩|까지|절감|이자|내외|수준|상당|증|감|↑|↓|→|%|\/)/;
/** Words after the parenthesis that make its amount an outcome, not money spent. */
const OUTCOME_AFTER = /^\s*(?:달성|돌파|기록|유치|창출|효과|절감|증가|감소|증대|규모|수준|상당)/;
/**
 * What may stand before the amount in its item: nothing, a word that names the cost (`예산 13억`,
 * `총 2억원`, `3차년도 9.7억원`) or a count (`1,074동 41.5억`). Another label (`외교부 1,219,972천원`,
 * `부부합산 1억원`, `구당 약 4.3억원`) makes it a part, a limit or a unit price, not the piece's cost.
 */
/** words that say which cost the amount is; `신규`/`계속` say whether the project is new, not which figure */
const COST_WORD =
  /^(?:(?:총|약|예산|사업비|소요예산|총사업비|\d+\s*차\s*년도|금년|신규|계속)\s*)*$/;
const COUNT_UNIT = '(?:개소|개교|개관|개사|가구|세대|동|명|대|건|곳|개|팀|면|필지)';
const COUNT = new RegExp(`^[\\d,.]+\\s*${COUNT_UNIT}$`);
/**
 * `’25년 6개소 3.6억원`, `2025년 3.6억원`, `6개소(동천 등) 3.6억원`: the year the cost is for, how many
 * sites it covers and which (`… 등`) — still the piece's own cost, of that year.
 */
const YEAR_AND_COUNT = new RegExp(
  `^(?:(?:(\\d{4})|['‘’](\\d{2}))\\s*년\\s*)?(?:[\\d,.]+\\s*${COUNT_UNIT}(?:\\s*[(（]?[가-힣]{1,10}\\s*등[)）]?)?)?$`,
);
/** `국·시비 36.5억원 지원`, `국비 12억원 지원`: the sources that pay it, then a verb of support */
const PAYERS =
  /^(?:(?:국|시|도|구|군)(?:\s*[·ㆍ․‧・]\s*(?:국|시|도|구|군))+\s*비|국비|시비|도비|구비|군비)$/;
/** `33건(107억원) 민관 숙의`: a count right before the parenthesis, words after it: a tally. */
const COUNTED = /\d\s*(?:건|개소|개|명|곳)\s*$/;
/** `(380억/년)`, `(1회 10만원)`: a rate per year, per time or per person. */
const PER_AFTER = /^\s*\/\s*(?:년|월|일|회|인|명|대|건)/;
const PER_LABEL = /^1\s*(?:회|인|명|대|건)|최대|최고|최소|^월|^연/;
/**
 * `(4개교, 18억원 지자체 대응투자 10~30%)`: words and a share after the amount say who else pays
 * how much of it (a note on the amount), not what the amount is.
 */
const SHARE_NOTE =
  /^\s*[가-힣·\s]*[가-힣]{2}\s*\d{1,3}(?:\.\d+)?(?:\s*[~∼～-]\s*\d{1,3}(?:\.\d+)?)?\s*%$/;

export interface Piece {
  text: string;
  start: number;
}

/** Splits at commas and at ` 및 ` outside parentheses. */
export function pieces(text: string): Piece[] {
  const found: Piece[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/[(（[［]/.test(char)) depth++;
    else if (/[)）\]］]/.test(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,，]/.test(char) && !/\d/.test(text[i + 1] ?? '')) {
      found.push({ text: text.slice(start, i), start });
      start = i + 1;
    } else if (
      depth === 0 &&
      /[)）]\s*$/.test(text.slice(start, i)) &&
      /^\s및\s/.test(text.slice(i, i + 3))
    ) {
      // `관리(1억원) 및 위로지원(3.5억원)`: only after a parenthesis, so `A 및 B(5억원)` stays one
      found.push({ text: text.slice(start, i), start });
      start = i + 2;
    }
  }
  found.push({ text: text.slice(start), start });
  return found;
}

export interface PieceAmount {
  /** the words that name the amount (before its parenthesis, with a short verb after it) */
  name: string;
  won: number;
  unit: BudgetLine['statedUnit'];
  source?: FundingSource;
  /** `(1.96억원, 국비 50%)`: parts given as shares of the amount */
  shares?: Funding;
  /** the shares leave part of the amount unstated (`국비 50%` alone) */
  sharesPartial?: true;
  multiYear?: { period?: Period };
  /** the year the parenthesis says the cost is for (`’25년 3.6억원`) */
  year?: number;
}

/** `Q=280천㎥/일`, `L=3.5㎞`: a facility's capacity or length (an area `A=` is also land bought) */
const DESIGN_SIZE = /^[QL]\s*=\s*\d/;

/** `’26년 완료`, `2030년 준공`: a project that runs to a later year. */
const COMPLETION = /(?:\d{4}|['‘’]\d{2})\s*년\s*(?:완료|준공|완공|개통|까지)/;

/**
 * The parenthesis's other items say the cost spans years (`’24. 10. ~ ’25. 10`, `’26년 완료`): the
 * amount is the project's whole cost, not this year's budget.
 */
function multiYearOf(items: readonly string[]): { period?: Period } | undefined {
  let dated = false;
  for (const item of items) {
    const period = findPeriod(item);
    if (period && period.to > period.from) return { period };
    if (period) dated = true;
    if (COMPLETION.test(item)) return {};
  }
  // `(Q=280천㎥/일, 5,955억원)`: a facility's design size beside the amount, and no year to keep it
  // to one: what building it costs as a whole
  return !dated && items.some((item) => DESIGN_SIZE.test(item)) ? {} : undefined;
}

/** The top-level parentheses of a piece, as [open, close] positions. */
function parentheses(text: string): [number, number][] {
  const found: [number, number][] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/[(（]/.test(char)) {
      if (depth === 0) open = i;
      depth++;
    } else if (/[)）]/.test(char) && depth > 0 && --depth === 0) found.push([open, i]);
  }
  return found;
}

interface ItemAmount {
  item: string;
  won: number;
  unit: BudgetLine['statedUnit'];
  source?: FundingSource;
  /** `’25년 6개소 3.6억원`: the year the item says the cost is for */
  year?: number;
  /** `‘24.4.~’25.10. 348백만원`: the span the item says the cost is over */
  period?: Period;
}

/** `‘24.4.~’25.10.`, `’25.3.~’25.12.`: a label that is only the span the cost covers */
function spanLabel(label: string): Period | undefined {
  const read = label === '' ? null : readPeriod(label);
  return read && read.rest.trim() === '' ? read.period : undefined;
}

/** The item of a parenthesis that is the cost: one that says so, else the last bare amount. */
function costItem(items: readonly string[], before: string): ItemAmount | null {
  const named = items.find((item) => /^(?:예산|사업비|소요예산|총사업비)\s*\d/.test(item));
  for (const item of named ? [named] : [...items].reverse()) {
    const text = item.replace(/(\d\s*[천백십]?)\s*억$/, '$1억원');
    const amount = findAmounts(text).at(-1);
    if (!amount || amount.value.kind !== 'money' || amount.value.won <= 0) continue;
    const tail = text.slice(amount.end);
    const label = text.slice(0, amount.start).trim();
    // `(…, 국·시비 36.5억원 지원)`: the cost, named by the sources that pay it
    const paid = tail.trim() === '지원' && PAYERS.test(compact(label));
    if (NOT_A_BUDGET.test(tail) || (tail.trim() !== '' && !SHARE_NOTE.test(tail) && !paid))
      return null;
    // `(국비 693백만원)`, `(재난관리기금 109.6억원)` alone: the cost, and who pays it
    const source =
      items.length === 1 || paid
        ? (fundingSourceOf(label) ??
          (/기금$/.test(label) ? { source: 'fund' as const, guessed: false } : null))
        : null;
    const ownWord = label !== '' && compact(before).includes(compact(label));
    const dated = label === '' ? null : YEAR_AND_COUNT.exec(label);
    const span = spanLabel(label);
    if (
      !COST_WORD.test(label) &&
      !COUNT.test(label) &&
      !ownWord &&
      !(source && !source.guessed) &&
      !paid &&
      !dated &&
      !span
    )
      return null;
    const found: ItemAmount = { item, won: amount.value.won, unit: amount.value.unit };
    if (source) found.source = source.source;
    if (span) found.period = span;
    if (dated?.[1] || dated?.[2])
      found.year = dated[1] ? Number(dated[1]) : 2000 + Number(dated[2]);
    return found;
  }
  return null;
}

/** A verb or two after the parenthesis (`운영 지원`, `설치 지원`) belongs to the name. */
const SHORT_TAIL = /^[가-힣]{1,4}(?:\s[가-힣]{1,4})?$/;
const PARTICLE = /^(?:을|를|이|가|은|는|으로|로|의|에|와|과|에서|으로써)(?:\s|$)/;

/** The amount a piece gives in a parenthesis, and the words that name it. */
export function pieceAmount(piece: string): PieceAmount | null {
  // `…(’21.~’26, 273억원) 추진`: a closing verb after the parenthesis does not change the amount
  const trimmed = piece
    .trim()
    .replace(/\s*(?:추진|실시|시행|착수)$/, '')
    .replace(/\s*등$/, '');
  const spans = parentheses(trimmed);
  for (let index = spans.length - 1; index >= 0; index--) {
    const [open, close] = spans[index]!;
    if (open <= 0) return null;
    const before = trimmed.slice(0, open);
    const inner = trimmed.slice(open + 1, close);
    const items = inner.split(/[,，/]\s*(?!\d{3})/).map((item) => item.trim());
    const cost = costItem(items, before);
    if (!cost) continue;
    const after = inner.slice(inner.indexOf(cost.item) + cost.item.length);
    if (PER_AFTER.test(after) || PER_LABEL.test(cost.item)) return null;
    const tail = trimmed.slice(close + 1).trim();
    // another parenthesis after the amount's, or an amount in the words after it: not this one's
    if (index < spans.length - 1 || findAmounts(tail).length > 0) return null;
    if (OUTCOME_AFTER.test(tail) || notSpending(before)) return null;
    if (tail !== '' && COUNTED.test(before)) return null;
    // `(144만원)`: a sum per person or a threshold, not a programme's cost
    if (/\d\s*만\s*원$/.test(cost.item) && cost.won < 10_000_000) return null;
    const joined = tail !== '' && SHORT_TAIL.test(tail) && !PARTICLE.test(tail);
    const found: PieceAmount = {
      name: joined ? `${before.trimEnd()} ${tail}` : before,
      won: cost.won,
      unit: cost.unit,
    };
    return withItems(found, cost, items);
  }
  return bracketAmount(trimmed);
}

/** What the parenthesis's other items say of its cost: who pays it, its year, the years it spans. */
function withItems(found: PieceAmount, cost: ItemAmount, items: readonly string[]): PieceAmount {
  if (cost.source) found.source = cost.source;
  if (cost.year !== undefined) found.year = cost.year;
  // the span written before the amount: over several years a whole cost, within one that year's
  if (cost.period && cost.period.to > cost.period.from) found.multiYear = { period: cost.period };
  else if (cost.period) found.year = cost.period.from;
  const others = items.filter((other) => other !== cost.item);
  const split = sharesOf(others, cost.won);
  if (split) found.shares = split.shares;
  if (split?.partial) found.sharesPartial = true;
  const multiYear = found.multiYear ? undefined : multiYearOf(others);
  if (multiYear) found.multiYear = multiYear;
  // `(’25.3.~’25.12., 756백만원)`: a span within one year dates the cost
  const within = others.map(findPeriod).find((period) => period && period.to === period.from);
  if (!found.multiYear && found.year === undefined && within) found.year = within.from;
  // `(2.59억원, 시비)`: the one source named alone beside the cost pays all of it
  const payers = others.flatMap((other) => {
    const payer = compact(other).length >= 2 ? fundingSourceOf(other) : null;
    return payer && !payer.guessed ? [payer.source] : [];
  });
  if (!found.source && !found.shares && payers.length === 1) found.source = payers[0]!;
  return found;
}

/**
 * `분류식 하수관로 신설·확충[시 전역 하수처리구역(L=3,615㎞), 3조 5,065억원]`: square brackets that
 * close the piece hold its outline, the cost last (their items may hold parentheses of their own).
 */
function bracketAmount(piece: string): PieceAmount | null {
  const match = /^([^[\]［］]*[가-힣][^[\]［］]*)[[［]([^[\]［］]+)[\]］]$/.exec(piece);
  if (!match || notSpending(match[1]!)) return null;
  const items = pieces(match[2]!).map((item) => item.text.trim());
  const cost = costItem(items, match[1]!);
  if (!cost || cost.item !== items.at(-1)) return null;
  return withItems({ name: match[1]!, won: cost.won, unit: cost.unit }, cost, items);
}
