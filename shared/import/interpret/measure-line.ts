/**
 * A line that measures and costs without naming anything: `- (’24년) L=102㎞(누계 2,680㎞) 1,221억원 ‣
 * 재정 90.83㎞(1,026억원), 민자 11.27㎞(195억원)`, `- (’24년) 380개 학교 중 53개 ‣ …, 131억원` under
 * `ㅇ (학교 분류식 하수관로 연결사업) …`; `- L=3.5㎞(D=12m), V=40만톤, 4,000억원(국 1,200, 시 2,800),
 * 수안초~온천천 종점` under `□ 온천천 빗물터널 설치`. Its one amount is the figure of what it measures:
 * the item's subject in parentheses above it, else the open project. Opened by a year, it is that
 * year's figure (spent, in a results section); opened by a design size (`L=`, `Q=`, `V=`), it is a
 * site outline: the whole cost of building it. Parts given after an arrow that add up to the amount
 * are its child lines.
 */
import { findAmounts } from '../../money/amounts';
import type { BudgetLine } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import { emptyStatement, readAmountAndParts } from './budget-statement';
import type { ReadingContext } from './context';
import { pieceAmount, pieces } from './sentence-pieces';
import type { Collected } from './sink';
import { wholeCostYear } from './whole-cost-year';
import { withStatementFunding } from './statement-funding';

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

/** `(’24년)`, `(2024년)`: the year the line reports on */
const YEAR_OPENING = /^[(（]\s*(?:(\d{4})|['‘’`](\d{2}))\s*년\s*[)）]\s*/;
/** `L=102㎞`, `Q = 280천㎥/일`: a design size */
const DESIGN_SIZE = /^[LQVABDH]\s*=\s*\d/;
/** `380개 학교 중 53개`: a count */
const COUNT_FIRST = /^\d[\d,.]*\s*(?:개소|개교|개|곳|건|명|대|가구|세대)(?![가-힣])/;
const ARROW = /[▹▸‣➜➡⇨]/;
/** `재정 90.83㎞`: the measure after a part's name */
const TRAILING_MEASURE = /\s+[\d,.]+\s*[^\s\d]{0,4}$/;

/** The text outside every parenthesis (nested ones included), same length, the rest blanked. */
function outsideParentheses(text: string): string {
  let depth = 0;
  let out = '';
  for (const char of text) {
    if (/[(（]/.test(char)) depth++;
    out += depth > 0 ? ' '.repeat(char.length) : char;
    if (/[)）]/.test(char) && depth > 0) depth--;
  }
  return out;
}

interface Measured {
  year?: number;
  /** the amount's offset in the text */
  at: number;
  site: boolean;
}

function measured(text: string): Measured | null {
  const opening = YEAR_OPENING.exec(text);
  const body = opening ? text.slice(opening[0].length) : text;
  const site = DESIGN_SIZE.test(body);
  if (!site && !(opening && COUNT_FIRST.test(body))) return null;
  const outside = outsideParentheses(text);
  const money = findAmounts(outside).filter((amount) => amount.value.kind === 'money');
  if (money.length !== 1 || (money[0]!.value.kind === 'money' && money[0]!.value.won <= 0))
    return null;
  // the words before the amount measure; a name of its own (`준공`, `설치`) makes it a sentence
  const before = outside.slice(opening?.[0].length ?? 0, money[0]!.start);
  const words = before
    .replace(/[A-Z]\s*=\s*/g, '')
    .replace(/[\d,.]+[^\s\d,]*/g, '')
    .replace(/[가-힣]{1,6}\s+중(?=\s)|누계/g, '');
  if (/[가-힣]{2,}/.test(words)) return null;
  const found: Measured = { at: money[0]!.start, site: site && !opening };
  if (opening) found.year = opening[1] ? Number(opening[1]) : 2000 + Number(opening[2]);
  return found;
}

/** Parts after the arrow (`재정 90.83㎞(1,026억원), 민자 11.27㎞(195억원)`) that add up to the whole. */
function partsAfterArrow(text: string, whole: number): { label: string; won: number }[] {
  const arrow = text.search(ARROW);
  if (arrow < 0) return [];
  const parts = pieces(text.slice(arrow + 1)).map((piece) => pieceAmount(piece.text));
  if (parts.length < 2 || parts.some((part) => !part)) return [];
  const found = parts.map((part) => ({
    label: tidySpaces(part!.name.replace(TRAILING_MEASURE, '')),
    won: part!.won,
  }));
  const sum = found.reduce((total, part) => total + part.won, 0);
  return sum === whole && found.every((part) => /[가-힣]{2}/.test(part.label)) ? found : [];
}

export function readMeasureLine(
  block: TextBlock,
  context: ReadingContext,
  collected: Collected,
  rank: number,
): boolean {
  if (block.kind !== 'list') return false;
  const text = block.text.trim();
  const found = measured(text);
  if (!found) return false;
  // the nearest heading names it: a boxed item (`□ 온천천 빗물터널 설치`) inside the project too
  const project = context.project();
  const boxed = project ? context.boxedItemAfter(project.line) : undefined;
  const owner = context.topic(rank)?.name ?? boxed?.name ?? project?.name;
  if (!owner) return false;
  const statement = readAmountAndParts(emptyStatement('사업비', 'budget'), text.slice(found.at));
  if (statement.main?.kind !== 'money') return false;
  const won = statement.main.won;
  const department = project?.department ?? context.department;
  const sectionYear = project?.fiscalYear ?? context.fiscalYear;
  const fiscalYear = found.site
    ? wholeCostYear(collected, sectionYear)
    : (found.year ?? sectionYear);
  const field = found.site ? 'totalCost' : context.kind === 'report' ? 'spent' : 'budget';
  const key = collected.keys.next({ fiscalYear, department, project: owner });
  const line: BudgetLine = {
    key,
    fiscalYear,
    project: owner,
    [field]: won,
    fromSentence: true,
    source: { line: block.line, text: block.raw },
  };
  if (statement.main.unit) line.statedUnit = statement.main.unit;
  withStatementFunding(line, statement);
  if (department) line.department = department;
  if (collected.bureau) line.bureau = collected.bureau;
  collected.lines.push(line);
  for (const part of partsAfterArrow(text, won)) {
    const child: BudgetLine = {
      key: collected.keys.next({ fiscalYear, department, project: owner, path: [part.label] }),
      fiscalYear,
      project: part.label,
      parentKey: key,
      [field]: part.won,
      fromSentence: true,
      source: line.source,
    };
    if (department) child.department = department;
    if (collected.bureau) child.bureau = collected.bureau;
    collected.lines.push(child);
  }
  return true;
}
