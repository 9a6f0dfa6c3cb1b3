/** One document's score against its key, and the totals over every document scored. */
import type { ParsedReport } from '../../shared/model/report';
import type { AnswerKey } from './key-schema';
import { scoreErrors, type ErrorScore } from './match-errors';
import { matchFacts, type FactResult } from './match-facts';
import { matchHeadcounts, type HeadcountResult } from './match-headcounts';

export type ScoreStatus = 'scored' | 'no reader' | 'read failed' | 'absent';

export interface Counts {
  facts: number;
  factsFound: number;
  /** facts whose key gives funding parts, and of those found, how many with every part right */
  funded: number;
  fundingRight: number;
  /** facts whose key gives 일반/특별회계·기금 parts, and of those found, how many with every part right */
  withAccounts: number;
  accountsRight: number;
  headcounts: number;
  headcountsFound: number;
  falseErrors: number;
  realErrors: number;
  realErrorsFound: number;
}

export interface DocumentScore {
  keyFile: string;
  document: string;
  status: ScoreStatus;
  /** why a document was not scored (absent, no reader, the reader's error) */
  reason?: string;
  facts: FactResult[];
  headcounts: HeadcountResult[];
  errors: ErrorScore;
  counts: Counts;
  /** facts found / facts, by the key's layout family */
  byLayout: Record<string, { facts: number; found: number }>;
}

function count(facts: FactResult[], headcounts: HeadcountResult[], errors: ErrorScore): Counts {
  return {
    facts: facts.length,
    factsFound: facts.filter((r) => r.found).length,
    funded: facts.filter((r) => r.fact.funding).length,
    fundingRight: facts.filter((r) => r.fundingRight === true).length,
    withAccounts: facts.filter((r) => r.fact.accounts).length,
    accountsRight: facts.filter((r) => r.accountsRight === true).length,
    headcounts: headcounts.length,
    headcountsFound: headcounts.filter((r) => r.found).length,
    falseErrors: errors.falseErrors.length,
    realErrors: errors.realErrors.length,
    realErrorsFound: errors.realErrors.filter((r) => r.finding?.severity === 'error').length,
  };
}

function byLayout(facts: FactResult[]): DocumentScore['byLayout'] {
  const layouts: DocumentScore['byLayout'] = {};
  for (const { fact, found } of facts) {
    const entry = (layouts[fact.layout ?? 'unspecified'] ??= { facts: 0, found: 0 });
    entry.facts += 1;
    if (found) entry.found += 1;
  }
  return layouts;
}

/** Scores a parsed report against its key. */
export function scoreDocument(
  keyFile: string,
  key: AnswerKey,
  report: ParsedReport,
): DocumentScore {
  const facts = matchFacts(key.facts, report.lines);
  const headcounts = matchHeadcounts(key.headcounts, report.personnel);
  const errors = scoreErrors(key.errors, report.findings);
  return {
    keyFile,
    document: key.document,
    status: 'scored',
    facts,
    headcounts,
    errors,
    counts: count(facts, headcounts, errors),
    byLayout: byLayout(facts),
  };
}

/** A document that could not be parsed: every fact missed (absent documents are left out of totals). */
export function unscored(
  keyFile: string,
  key: AnswerKey,
  status: Exclude<ScoreStatus, 'scored'>,
  reason: string,
): DocumentScore {
  const facts = key.facts.map((fact) => ({ fact, found: false }));
  const headcounts = key.headcounts.map((headcount) => ({ headcount, found: false }));
  const errors = { falseErrors: [], realErrors: key.errors.map((error) => ({ error })) };
  return {
    keyFile,
    document: key.document,
    status,
    reason,
    facts,
    headcounts,
    errors,
    counts: count(facts, headcounts, errors),
    byLayout: byLayout(facts),
  };
}

export function totals(scores: readonly DocumentScore[]): Counts {
  const sum: Counts = {
    facts: 0,
    factsFound: 0,
    funded: 0,
    fundingRight: 0,
    withAccounts: 0,
    accountsRight: 0,
    headcounts: 0,
    headcountsFound: 0,
    falseErrors: 0,
    realErrors: 0,
    realErrorsFound: 0,
  };
  for (const score of scores) {
    if (score.status === 'absent') continue;
    for (const name of Object.keys(sum) as (keyof Counts)[]) sum[name] += score.counts[name];
  }
  return sum;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}
