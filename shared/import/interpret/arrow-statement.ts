/**
 * `○ 청년잡(JOB) 성장카페 운영 확대▹26.4억원(국21.1, 시5.3)`, `○ 캠퍼스 혁신파크 조성▹’23.~’30.,
 * 총 530억원`: a project named before an arrow, its figure after it.
 */
import { tidySpaces } from '../../text/compact';
import { emptyStatement, readAmountAndParts, type BudgetStatement } from './budget-statement';
import { readPeriod } from './statement-period';

const ARROW = /[▹▸‣➜➡⇨]/;
/** what may follow the arrow: an amount, `총` and an amount, or a span of years first */
const FIGURE_FIRST = /^\s*(?:총\s*|약\s*)?\d[\d,.]*\s*(?:조|억|천만|백만|천|만)?\s*원?/;

export interface ArrowStatement {
  name: string;
  statement: BudgetStatement;
}

export function readArrowStatement(text: string): ArrowStatement | null {
  const at = text.search(ARROW);
  if (at <= 0) return null;
  const name = tidySpaces(text.slice(0, at));
  if (name.length < 2 || name.length > 80 || !/[가-힣]{2}/.test(name)) return null;
  let rest = text.slice(at + 1);
  const period = readPeriod(rest);
  if (period) rest = period.rest;
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
