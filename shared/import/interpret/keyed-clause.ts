/**
 * A keyed statement in the middle of an item: `- 강서구 ○○길 일원(A=70,000㎡), 총사업비 1,023억원(국
 * 409, 시 614)`, `✔ (기본개요) 사업기간('24.3~'25.6.), 사업비 10억원(국5, 시5), 사업대상(…)`, `ㅇ ○○
 * 공모 선정('24. 7.) 사업비 100억원(국70, 시30)`. The statement readers only see a keyword at the
 * start of an item; here it follows a comma, a parenthesis or a `(label)`, so the item describes the
 * project and the figure quoted with it is the whole project's size, not a year's request — except
 * 소요예산, which always names what a year needs.
 */
import { findAmounts } from '../../money/amounts';
import type { BudgetLine } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import { emptyStatement, readAmountAndParts, type StatementField } from './budget-statement';
import type { ReadingContext } from './context';
import type { Collected } from './sink';
import { wholeCostYear } from './whole-cost-year';
import { withStatementFunding } from './statement-funding';

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

const SPACED = (word: string) => [...word].join(String.raw`\s*`);
/** the keyword after a comma or a closing parenthesis, then (maybe a colon) an amount */
const CLAUSE = new RegExp(
  String.raw`(^|[,，)）]\s*)(${['총사업비', '사업비', '소요예산'].map(SPACED).join('|')})\s*[:：]?\s*(?=(?:총\s*|약\s*)?\d)`,
  'u',
);
const LEADING = /^[^\p{L}\p{N}(（]*/u;
/** `(기본개요)`, `(현황 및 개요)`, `(주요내용)`: a label that says what kind of text follows */
const FIELD_LABEL = /^[(（]\s*([^()（）]{1,20}?)\s*[)）]\s*/u;
const GENERIC_LABEL = /개요|현황|내용|사항|계획|실적|성과|규모|기간|대상|위치/;
/** `일원`, `918천㎡`, `L=3.5km`, `A=70,000㎡`, `V=40만톤`: words that describe a site, not a name */
const SITE = /일원|[㎡㎢㎞]|\b[LABVD]\s*=|\d/;
/** a trailing `('24. 7.)` on a name */
const TRAILING_PARENTHESIS = /\s*[(（][^()（）]*[)）]\s*$/u;

function fieldOf(keyword: string): StatementField {
  return keyword.replace(/\s/g, '') === '소요예산' ? 'requiredBudget' : 'totalCost';
}

/** The name the item gives the project before the statement, or undefined when it gives none. */
function ownName(before: string): string | undefined {
  let text = before.replace(LEADING, '').trim();
  const label = FIELD_LABEL.exec(text);
  if (label) {
    if (GENERIC_LABEL.test(label[1]!)) return undefined;
    return tidySpaces(label[1]!);
  }
  text = text.replace(/[,，]\s*$/, '');
  if (/[,，]/.test(text)) return undefined;
  while (TRAILING_PARENTHESIS.test(text)) text = text.replace(TRAILING_PARENTHESIS, '');
  if (!/[가-힣]{2}/.test(text) || SITE.test(text) || text.length > 40) return undefined;
  return tidySpaces(text);
}

/** Reads the keyed statement inside the item's text; false when there is none. */
export function readKeyedClause(
  block: TextBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const text = block.text.trim();
  const match = CLAUSE.exec(text);
  if (!match || match.index + match[1]!.length === 0) return false;
  const before = text.slice(0, match.index + match[1]!.length);
  const rest = text.slice(match.index + match[0].length);
  const keyword = match[2]!;
  const statement = readAmountAndParts(emptyStatement(keyword, fieldOf(keyword)), rest);
  const main = statement.main;
  if (main?.kind !== 'money' || main.won <= 0) return false;
  if (findAmounts(before).some((amount) => amount.value.kind === 'money')) return false;
  const current = context.project();
  // `1. 물류 지원` › `<○○ 실증사업>` › `✔ (기본개요) …`: the item heading under the project names it
  const project =
    ownName(before) ?? (current && (context.subProjectAfter(current.line) ?? current).name);
  if (project === undefined) return false;
  const department = current?.department ?? context.department;
  const field = statement.field;
  const fiscalYear =
    field === 'totalCost' ? wholeCostYear(collected, context.fiscalYear) : context.fiscalYear;
  const line: BudgetLine = {
    key: collected.keys.next({ fiscalYear, department, project }),
    fiscalYear,
    project,
    [field]: main.won,
    statedUnit: main.unit,
    fromSentence: true,
    source: { line: block.line, text: block.raw },
  };
  if (main.approximate) line.approximate = true;
  withStatementFunding(line, statement);
  if (department) line.department = department;
  if (collected.bureau) line.bureau = collected.bureau;
  collected.lines.push(line);
  return true;
}
