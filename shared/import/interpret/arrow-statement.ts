/**
 * `○ 청년잡(JOB) 성장카페 운영 확대▹26.4억원(국21.1, 시5.3)`, `○ 캠퍼스 혁신파크 조성▹’23.~’30.,
 * 총 530억원`: a project named before an arrow, its figure after it.
 */
import { tidySpaces } from '../../text/compact';
import {
  emptyStatement,
  readAmountAndParts,
  readBudgetStatement,
  type BudgetStatement,
} from './budget-statement';
import { readPeriod } from './statement-period';

const ARROW = /[▹▸‣➜➡⇨]/;
/** what may follow the arrow: an amount, `총` and an amount, or a span of years first */
const FIGURE_FIRST = /^\s*(?:총\s*|약\s*)?\d[\d,.]*\s*(?:조|억|천만|백만|천|만)?\s*원?/;

/** `▹생태공원내 306,500㎡, 먹이공급 26톤, 2억원`: the item's particulars, its cost last after a comma */
const FIGURE_LAST =
  /(?:^|,\s+)((?:총\s*|약\s*)?\d[\d,.]*\s*(?:조|억|천만|백만|천|만)?\s*원(?:\s*[(（][^()（）]*[)）])?)\s*$/;
/** `고구마채 35톤, 옥수수 7톤 공급`: quantities bought, not the name of what they are for */
const QUANTITY = /\d[\d,.]*\s*(?:톤|㎡|㎢|km|개소|그루|가구|세대|명|대|회|건|본|kg)(?![가-힣])/;

/** Whether the words before an arrow list quantities (what is bought) rather than name a project. */
export function isSpecification(name: string): boolean {
  return QUANTITY.test(name);
}

export interface ArrowStatement {
  /** the name before the arrow, when what stands there is one */
  name?: string;
  statement: BudgetStatement;
}

/** `E/S(3개소, 6대) ․ E/L(1 대)`: what stands before the arrow is specifications, not a name. */
function isName(text: string): boolean {
  const hangul = (text.match(/[가-힣]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return (
    text.length >= 2 &&
    text.length <= 80 &&
    /[가-힣]{2}/.test(text) &&
    !/[=㎡]/.test(text) &&
    hangul > latin
  );
}

export function readArrowStatement(text: string): ArrowStatement | null {
  const at = text.search(ARROW);
  if (at <= 0) return null;
  const before = tidySpaces(text.slice(0, at));
  let rest = text.slice(at + 1);
  // `… ▸ 총사업비 214 억원(국 30%, 시 70%)`: a keyword statement after the arrow
  const keyed = readBudgetStatement(rest.trim());
  if (keyed) return isName(before) ? { name: before, statement: keyed } : { statement: keyed };
  if (!isName(before)) return null;
  const name = before;
  const period = readPeriod(rest);
  if (period) rest = period.rest;
  const last = FIGURE_FIRST.test(rest) ? null : FIGURE_LAST.exec(rest);
  if (last) rest = last[1]!;
  if (!FIGURE_FIRST.test(rest) || !/\d\s*(?:조|억|천만|백만|천|만)?\s*원|\d\s*억/.test(rest))
    return null;
  // `▹26.4억원`: 억 written without 원 reads as 억원
  rest = rest.replace(/^(\s*(?:총\s*|약\s*)?\d[\d,.]*)\s*억(?!\s*원)/, '$1억원');
  const statement = emptyStatement('사업비', period ? 'totalCost' : 'requiredBudget');
  if (period) statement.period = period.period;
  readAmountAndParts(statement, rest);
  if (statement.main?.kind !== 'money' && statement.main?.kind !== 'range') return null;
  // `▹ 총 75개소(38억원)`: the amount must come first, not inside a note
  return { name, statement };
}
