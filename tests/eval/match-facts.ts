/**
 * Budget facts of a key against the importer's lines (rules in tests/corpus-keys/README.md): same
 * fiscal year, the field's figure equal to the amount, a matching name, the same page (PDF) or
 * within two lines (text). Funding is scored apart, on the facts found.
 */
import type { Accounts, BudgetLine, Funding } from '../../shared/model/report';
import { ACCOUNT_KEYS, FUNDING_KEYS, type KeyFact, type KeyField } from './key-schema';
import { namesMatch, nameSimilarity, normalizeName } from './names';
import { atPlace, describeSource } from './place';

/** Row labels that are not names: a line so labelled is known by its department. */
const GENERIC = new Set(['계', '합계', '소계', '총계', '총괄', '전체', '총액'].map(normalizeName));

/**
 * The names a line may be known by: its project; its department with the project (a row of a
 * table by department, `관광정책과 세출`); its department alone for a total row (`계`).
 */
export function lineNames(line: BudgetLine): string[] {
  const names = [line.project];
  if (!line.department) return names;
  names.push(`${line.department} ${line.project}`);
  if (GENERIC.has(normalizeName(line.project)) || line.project === '') names.push(line.department);
  return names;
}

function sourcesOf(line: BudgetLine) {
  return [line.source, ...(line.alsoAt ?? [])];
}

const BUDGET_LIKE = ['budget', 'currentBudget', 'originalBudget', 'requiredBudget'] as const;

function holdsBudget(line: BudgetLine, amount: number): boolean {
  return BUDGET_LIKE.some((field) => line[field] === amount);
}

/**
 * Whether the line holds `amount` as `field` of `fiscalYear`. Last year's budget is the same
 * figure whether it is read as the previous year's `budget` or this year's `previousBudget`. A key
 * with no year (the document prints none) takes the line's own year.
 */
export function holdsFigure(
  line: BudgetLine,
  field: KeyField,
  keyYear: number | undefined,
  amount: number,
): boolean {
  const year = line.fiscalYear;
  const fiscalYear = keyYear ?? year;
  const revenue = line.category === 'revenue';
  switch (field) {
    case 'budget':
      return (
        !revenue &&
        ((year === fiscalYear && holdsBudget(line, amount)) ||
          (year === fiscalYear + 1 && line.previousBudget === amount))
      );
    case 'previousBudget':
      return (
        !revenue &&
        ((year === fiscalYear && line.previousBudget === amount) ||
          (year === fiscalYear - 1 && holdsBudget(line, amount)))
      );
    case 'revenue':
      return (
        revenue &&
        ((year === fiscalYear && holdsBudget(line, amount)) ||
          (year === fiscalYear + 1 && line.previousBudget === amount))
      );
    default:
      return year === fiscalYear && line[field] === amount;
  }
}

/** Every part the key names equals the line's, and the line has no other (non-zero) part. */
function partsMatch(
  keys: readonly string[],
  expected: Record<string, number | undefined> | undefined,
  found: Record<string, number | undefined> | undefined,
): boolean {
  if (!expected) return true;
  if (!found) return false;
  return keys.every((part) => (expected[part] ?? 0) === (found[part] ?? 0));
}

export function fundingMatches(expected: KeyFact['funding'], found: Funding | undefined): boolean {
  return partsMatch(FUNDING_KEYS, expected, found);
}

/**
 * The funding of the figure a fact keys: a spent fact's is the line's `spentFunding`; the line's
 * `funding` is its main figure's (the budget, else the whole cost), the spent's only when the line
 * holds nothing else.
 */
export function fundingOfFigure(line: BudgetLine, field: KeyField): Funding | undefined {
  if (field !== 'spent') return line.funding;
  if (line.spentFunding) return line.spentFunding;
  const other = BUDGET_LIKE.some((f) => line[f] !== undefined) || line.totalCost !== undefined;
  return other ? undefined : line.funding;
}

export function accountsMatches(
  expected: KeyFact['accounts'],
  found: Accounts | undefined,
): boolean {
  return partsMatch(ACCOUNT_KEYS, expected, found);
}

export interface FactResult {
  fact: KeyFact;
  found: boolean;
  /** undefined when the key gives no funding or the fact was not found */
  fundingRight?: boolean;
  /** likewise for the 일반회계/특별회계/기금 parts */
  accountsRight?: boolean;
  /** the line that matched (or, when missed, the closest candidate) */
  line?: BudgetLine;
  /** for a miss: what the closest candidate got wrong */
  wrong?: string[];
}

function factMatches(fact: KeyFact, line: BudgetLine): boolean {
  return (
    holdsFigure(line, fact.field, fact.fiscalYear, fact.amount) &&
    atPlace(fact, sourcesOf(line)) &&
    lineNames(line).some((name) => namesMatch(fact.name, name))
  );
}

const MONEY: (keyof BudgetLine)[] = [
  ...BUDGET_LIKE,
  'previousBudget',
  'supplementary',
  'obligated',
  'spent',
  'projectedSpend',
  'totalCost',
];

/** What stops a line from matching the fact (empty when it matches). */
export function whatIsWrong(fact: KeyFact, line: BudgetLine): string[] {
  const wrong: string[] = [];
  const keyYear = fact.fiscalYear ?? line.fiscalYear;
  const anyYear = [keyYear - 1, keyYear, keyYear + 1];
  const figureSomewhere = MONEY.some((field) => line[field] === fact.amount);
  if (!holdsFigure(line, fact.field, fact.fiscalYear, fact.amount)) {
    if (!figureSomewhere) wrong.push('amount');
    else if (anyYear.some((y) => holdsFigure(line, fact.field, y, fact.amount))) wrong.push('year');
    else wrong.push('field');
  }
  if (!atPlace(fact, sourcesOf(line)))
    wrong.push(
      fact.page !== undefined ? 'page' : fact.paragraph !== undefined ? 'paragraph' : 'line',
    );
  if (!lineNames(line).some((name) => namesMatch(fact.name, name))) wrong.push('name');
  return wrong;
}

function closeness(fact: KeyFact, line: BudgetLine): number {
  const amount = MONEY.some((field) => line[field] === fact.amount) ? 5 : 0;
  const place = atPlace(fact, sourcesOf(line)) ? 2 : 0;
  const year = line.fiscalYear === fact.fiscalYear ? 0.5 : 0;
  const name = Math.max(...lineNames(line).map((n) => nameSimilarity(fact.name, n)));
  return amount + place + year + 2 * name;
}

/** The line most like the fact (same amount, same page, similar name), for --verbose. */
export function closestLine(fact: KeyFact, lines: readonly BudgetLine[]): BudgetLine | undefined {
  let best: BudgetLine | undefined;
  let bestScore = 0;
  for (const line of lines) {
    const score = closeness(fact, line);
    if (score > bestScore) [best, bestScore] = [line, score];
  }
  return best;
}

export function matchFact(fact: KeyFact, lines: readonly BudgetLine[]): FactResult {
  const candidates = lines.filter((line) => factMatches(fact, line));
  if (candidates.length === 0) {
    const line = closestLine(fact, lines);
    return { fact, found: false, line, wrong: line ? whatIsWrong(fact, line) : undefined };
  }
  // when several lines hold the figure, the one with the most parts right counts
  const graded = candidates.map((line) => ({
    line,
    funding: fundingMatches(fact.funding, fundingOfFigure(line, fact.field)),
    accounts: accountsMatches(fact.accounts, line.accounts),
  }));
  const best = graded.reduce((a, b) =>
    +b.funding + +b.accounts > +a.funding + +a.accounts ? b : a,
  );
  const result: FactResult = { fact, found: true, line: best.line };
  if (fact.funding) result.fundingRight = best.funding;
  if (fact.accounts) result.accountsRight = best.accounts;
  return result;
}

export function matchFacts(facts: readonly KeyFact[], lines: readonly BudgetLine[]): FactResult[] {
  return facts.map((fact) => matchFact(fact, lines));
}

/** One line as --verbose shows it: where, name, year and its figures. */
export function describeLine(line: BudgetLine): string {
  const figures = MONEY.filter((field) => line[field] !== undefined)
    .map((field) => `${field}=${String(line[field])}`)
    .join(' ');
  const funding = line.funding ? ` funding=${JSON.stringify(line.funding)}` : '';
  const spentFunding = line.spentFunding
    ? ` spentFunding=${JSON.stringify(line.spentFunding)}`
    : '';
  const partial = line.fundingPartial ? ' (funding partial)' : '';
  const accounts = line.accounts ? ` accounts=${JSON.stringify(line.accounts)}` : '';
  const category = line.category && line.category !== 'expenditure' ? ` (${line.category})` : '';
  return `${describeSource(line.source)} "${line.project}"${category} ${line.fiscalYear} ${figures}${funding}${partial}${spentFunding}${accounts}`;
}
