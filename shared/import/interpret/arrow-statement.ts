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
import { readArrowTail } from './arrow-tail';
import { headingPeriod } from './outline-period';
import { readPeriod, type Period } from './statement-period';

const ARROW = /[▹▸‣➜➡⇨]/;
/** what may follow the arrow: an amount, `총` and an amount, or a span of years first */
const FIGURE_FIRST = /^\s*(?:총\s*|약\s*)?\d[\d,.]*\s*(?:조|억|천만|백만|천|만)?\s*원?/;

const OPEN_SPAN = /^\s*['‘’]?\d{2}(?:\d{2})?\s*[.년]?\s*~\s*[,，]/;
/** `고구마채 35톤, 옥수수 7톤 공급`: quantities bought, not the name of what they are for */
const QUANTITY = /\d[\d,.]*\s*(?:톤|㎡|㎢|km|개소|그루|가구|세대|명|대|회|건|본|kg)(?![가-힣])/;

/** `타당성 조사 및 기본계획 수립 후 시설 조성`: steps in their order, how the work goes, not its name */
const STEPS = /[가-힣]\s+후\s+[가-힣]/;

/**
 * Whether the words before an arrow list quantities (what is bought) or steps (how it is done)
 * rather than name a project; the topic above names it then.
 */
export function isSpecification(name: string): boolean {
  return QUANTITY.test(name) || STEPS.test(name);
}

export interface ArrowStatement {
  /** the name before the arrow, when what stands there is one */
  name?: string;
  statement: BudgetStatement;
  /** a keyword after the arrow (`▸ 총사업비 214억원`) says what the figure is */
  keyed?: true;
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

function multiYear(period: Period | undefined): Period | undefined {
  return period && period.to > period.from ? period : undefined;
}

export function readArrowStatement(text: string): ArrowStatement | null {
  const at = text.search(ARROW);
  if (at <= 0) return null;
  const before = tidySpaces(text.slice(0, at));
  let rest = text.slice(at + 1);
  // `… ▸ 총사업비 214 억원(국 30%, 시 70%)`: a keyword statement after the arrow
  const keyed = readBudgetStatement(rest.trim());
  if (keyed)
    return isName(before)
      ? { name: before, statement: keyed, keyed: true }
      : { statement: keyed, keyed: true };
  if (!isName(before)) return null;
  // `생곡매립장 2-1단계 조성사업(‘16. 1.~’24. 7.) ▹ 260억원`: the years in the name make the figure
  // the project's whole cost over them
  const named = multiYear(headingPeriod(before));
  const name = named ? tidySpaces(before.replace(/\s*[(（][^()（）]*[)）]\s*$/, '')) : before;
  const period = readPeriod(rest) ?? (named ? { period: named, rest } : null);
  if (period) rest = period.rest;
  if (
    !FIGURE_FIRST.test(rest) ||
    !/\d\s*(?:조|억|천만|백만|천|만)?\s*원|\d\s*[천백십]?\s*억/.test(rest)
  ) {
    const tail = readArrowTail(rest);
    if (!tail) return null;
    if (period) {
      tail.period = period.period;
      tail.field = 'totalCost';
    }
    // `▹’15.~, 총 459억원`: a span still open is a multi-year project all the same
    if (OPEN_SPAN.test(rest)) tail.field = 'totalCost';
    return { name, statement: tail };
  }
  // `▹26.4억원`: 억 written without 원 reads as 억원
  rest = rest.replace(/^(\s*(?:총\s*|약\s*)?\d[\d,.]*\s*[천백십]?)\s*억(?!\s*원)/, '$1억원');
  const statement = emptyStatement('사업비', period ? 'totalCost' : 'requiredBudget');
  if (period) statement.period = period.period;
  readAmountAndParts(statement, rest);
  if (statement.main?.kind !== 'money' && statement.main?.kind !== 'range') return null;
  // `▹ 총 75개소(38억원)`: the amount must come first, not inside a note
  return { name, statement };
}
