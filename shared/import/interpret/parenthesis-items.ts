/**
 * `- 참여예산사업 선정 : 총 540건 412억원` / `(제안형 30건 180.5억원, 협치형 12건 61억원, 동단위형 498건
 * 170.5억원)`: a parenthesis on a line of its own, right under a figure, that lists that figure by
 * type — each item a name, maybe a count, and an amount. Each item becomes a line of the same year
 * and field, named by its type. They are not made the figure's child lines: such lists are often
 * rounded (their sum a little off the total), and a sum the document does not claim is no error.
 */
import { findAmounts } from '../../money/amounts';
import type { BudgetLine } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import { pieces } from './sentence-pieces';
import type { Collected } from './sink';

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

const WHOLE_PARENTHESIS = /^[(（]([^()（）]+)[)）]$/;
/** `광역제안형 41건 296.6억원`: a name, a count maybe, an amount */
const ITEM = /^([가-힣A-Za-z][^\d]{1,30}?)\s+(?:[\d,]+\s*(?:건|개소|개|명|곳|팀)\s+)?(\S.*)$/;
const FIELDS = ['budget', 'requiredBudget', 'spent', 'totalCost'] as const;
/** how far below the figure the parenthesis may stand */
const REACH = 2;

export function readParenthesisItems(block: TextBlock, collected: Collected): boolean {
  const inner = WHOLE_PARENTHESIS.exec(block.text.trim())?.[1];
  const above = collected.lines.at(-1);
  if (!inner || !above || above.parentKey !== undefined) return false;
  if (above.source.line >= block.line || block.line - above.source.line > REACH) return false;
  const field = FIELDS.find((name) => above[name] !== undefined);
  if (!field) return false;
  const items = pieces(inner).map((piece) => {
    const match = ITEM.exec(piece.text.trim());
    const amounts = match ? findAmounts(match[2]!) : [];
    const amount = amounts.length === 1 ? amounts[0]! : undefined;
    if (!match || amount?.value.kind !== 'money' || amount.start !== 0) return null;
    if (match[2]!.slice(amount.end).trim() !== '') return null;
    return { name: tidySpaces(match[1]!), won: amount.value.won, unit: amount.value.unit };
  });
  if (items.length < 2 || items.some((item) => !item || !/[가-힣]{2}/.test(item.name)))
    return false;
  // parts of the figure above: none larger than it
  const whole = above[field]!;
  if (items.some((item) => item!.won > whole)) return false;
  for (const item of items) {
    const line: BudgetLine = {
      key: collected.keys.next({
        fiscalYear: above.fiscalYear,
        department: above.department,
        project: item!.name,
      }),
      fiscalYear: above.fiscalYear,
      project: item!.name,
      [field]: item!.won,
      fromSentence: true,
      source: { line: block.line, text: block.raw },
    };
    if (item!.unit) line.statedUnit = item!.unit;
    if (above.department) line.department = above.department;
    if (above.bureau) line.bureau = above.bureau;
    collected.lines.push(line);
  }
  return true;
}
