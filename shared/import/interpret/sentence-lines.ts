/**
 * Amounts in sentences: `일자리 12,400개 추진(1,230억원)`, `(관광수용태세 개선) 주요 관광지 수용태세
 * 개선(1억원), 감천문화마을 쿨링포그 설치(1.2억원)`. Each comma-separated piece that ends in a
 * parenthesis whose last item is an amount becomes a line marked as read from a sentence, named by
 * the subject in parentheses that opens the item, else by the piece itself.
 */
import { findAmounts } from '../../money/amounts';
import type { BudgetLine } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import { leadOf, type ReadingContext } from './context';
import type { Collected } from './sink';

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

/** Words after an amount that make it a limit, a rate or a unit price, not a budget. */
const NOT_A_BUDGET =
  /^\s*(?:한도|이하|이상|이내|미만|초과|규모|당|씩|까지|절감|이자|내외|수준|상당|증|감|↑|↓|→|%)/;
/** Words before an amount inside the parenthesis that make it something other than the cost. */
const NOT_A_COST =
  /(?:月|월|연|年|1인당|인당|개소당|최대|최고|최저|평균|자부담|민간|매출|수출|투자|유치|절감|편익|효과|부담|대출|보증|융자|지원금|한도)\s*$/;

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
}

/** The amount a piece ends with, in its closing parenthesis, and the words before it. */
function pieceAmount(
  piece: string,
): { before: string; won: number; unit: BudgetLine['statedUnit'] } | null {
  const trimmed = piece.trim().replace(/\s*등$/, '');
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
  const items = inner.split(/[,，/]\s*(?!\d{3})/);
  const last = (items[items.length - 1] ?? '').trim().replace(/(\d)\s*억$/, '$1억원');
  const amount = findAmounts(last).at(-1);
  if (!amount || amount.value.kind !== 'money' || amount.value.won <= 0) return null;
  if (NOT_A_BUDGET.test(last.slice(amount.end))) return null;
  if (last.slice(amount.end).trim() !== '') return null;
  if (NOT_A_COST.test(last.slice(0, amount.start))) return null;
  return { before: trimmed.slice(0, open), won: amount.value.won, unit: amount.value.unit };
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

export function sentenceAmounts(text: string): SentenceAmount[] {
  const lead = leadOf(text);
  const found: SentenceAmount[] = [];
  pieces(text).forEach((piece, index) => {
    const amount = pieceAmount(piece.text);
    if (!amount) return;
    const own = nameOf(amount.before);
    const name = index === 0 && lead ? lead : own;
    if (name.length < 2 || !/[가-힣A-Za-z]{2}/.test(name)) return;
    found.push({ name, won: amount.won, unit: amount.unit });
  });
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
    const department = project?.department ?? context.department;
    const fiscalYear = project?.fiscalYear ?? context.fiscalYear;
    const key = collected.keys.next({ fiscalYear, department, project: amount.name });
    const line: BudgetLine = {
      key,
      fiscalYear,
      project: amount.name,
      budget: amount.won,
      fromSentence: true,
      source: { line: block.line, text: block.raw },
    };
    if (amount.unit) line.statedUnit = amount.unit;
    if (department) line.department = department;
    if (collected.bureau) line.bureau = collected.bureau;
    collected.lines.push(line);
  }
  return amounts.length > 0;
}
