/**
 * `- 철새쉼터 조성 ▹ 맥도생태공원 A=30,000㎡, 2억원`, `- 탐방로 정비 ▹ 삼락생태공원, L=407m, 사업비
 * 3억원`: after the arrow come the works' particulars and, as the last item, the figure. Only a
 * last item that is nothing but an amount (with a cost keyword and a parenthesis at most) is read;
 * an amount inside a note (`용역 발주(18억원)`) or among counts is left alone.
 */
import { findAmounts } from '../../money/amounts';
import {
  emptyStatement,
  readAmountAndParts,
  readBudgetStatement,
  type BudgetStatement,
} from './budget-statement';
import { lastItem } from './last-item';

/** `2억원`, `총 459억원`, `0.6억원`, `1,800백만원`, `12,000천원`, `약 3억원`, `2억원(국비 50%)` and nothing else */
const AMOUNT_ONLY =
  /^(?:총\s*|약\s*)?\d[\d,]*(?:\.\d+)?\s*(?:억\s*원?|(?:조|천만|백만|천|만)\s*원)\s*(?:\([^()]*\))?$/;
/** `사업비 3억원`, `사업비(추정) 100억원`, `총사업비 118억원`, `사업비1,810억원` */
const KEYED = /^(총\s*사\s*업\s*비|사\s*업\s*비)\s*(?:\([^()]*\))?\s*[:：]?\s*(?=\d|약)/;

/** `용역 발주(18억원) ※ 총사업비 118억원`: the amount closing the item before a whole-cost note */
const NOTED_BEFORE =
  /[(（]\s*(\d[\d,]*(?:\.\d+)?\s*(?:억\s*원?|(?:조|천만|백만|천|만)\s*원))\s*[)）]\s*※\s*$/;

/**
 * `사업비(추정) 100억원`: an estimate is what the whole project will cost, never a year's
 * appropriation; `… 발주(18억원) ※ 총사업비 118억원`: the works of the year cost the amount before
 * the note, the note gives the whole.
 */
function keyedTail(rest: string, item: string, keyed: RegExpExecArray, amount: string) {
  const statement = readBudgetStatement(`${keyed[1]} : ${amount.replace(/억(?!\s*원)/, '억원')}`);
  if (statement?.main?.kind !== 'money') return null;
  if (/추\s*정/.test(keyed[0])) statement.field = 'totalCost';
  if (statement.field === 'totalCost') {
    const before = NOTED_BEFORE.exec(rest.slice(0, rest.length - item.length));
    const year = before ? findAmounts(before[1]!.replace(/억(?!\s*원)/, '억원'))[0] : undefined;
    if (year?.value.kind === 'money' && year.value.won < statement.main.won)
      statement.ownYearFigure = year.value.won;
  }
  return statement;
}

/** The figure that closes the particulars after an arrow, or null when the last item is none. */
export function readArrowTail(rest: string): BudgetStatement | null {
  const item = lastItem(rest);
  if (!item) return null;
  const keyed = KEYED.exec(item);
  const amount = keyed ? item.slice(keyed[0].length) : item;
  if (!AMOUNT_ONLY.test(amount)) return null;
  if (keyed) return keyedTail(rest, item, keyed, amount);
  const statement = emptyStatement('사업비', 'requiredBudget');
  readAmountAndParts(statement, amount.replace(/억(?!\s*원)/, '억원'));
  return statement.main?.kind === 'money' ? statement : null;
}
