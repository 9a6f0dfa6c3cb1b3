import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../../shared/model/report';
import type { AnswerKey } from '../../eval/key-schema';
import { scoreDocument, totals, unscored } from '../../eval/score';
import { fact, finding, headcount, line, row } from './invented';

const key: AnswerKey = {
  document: 'invented.pdf',
  readFrom: 'invented',
  facts: [
    fact({ funding: { city: 2_640_000_000 }, layout: 'statement' }),
    fact({ name: '달빛 체육관', amount: 5_000_000, layout: 'budget-table' }),
  ],
  headcounts: [headcount(), headcount({ department: '달빛관리과', current: 3 })],
  errors: [],
  checked: [],
};

function report(overrides: Partial<ParsedReport>): ParsedReport {
  return {
    document: { title: '가상', kind: 'plan', fiscalYears: [2025], sha256: '0'.repeat(64) },
    lines: [],
    personnel: [],
    findings: [],
    warnings: [],
    ...overrides,
  };
}

describe('scoring one document', () => {
  it('counts facts, funding, headcounts and false errors', () => {
    const score = scoreDocument(
      'invented.key.json',
      key,
      report({
        lines: [line({ funding: { city: 2_640_000_000 } })],
        personnel: [row()],
        findings: [finding(), finding({ severity: 'warning' })],
      }),
    );
    expect(score.counts).toEqual({
      facts: 2,
      factsFound: 1,
      funded: 1,
      fundingRight: 1,
      withAccounts: 0,
      accountsRight: 0,
      headcounts: 2,
      headcountsFound: 1,
      falseErrors: 1,
      realErrors: 0,
      realErrorsFound: 0,
    });
    expect(score.byLayout).toEqual({
      statement: { facts: 1, found: 1 },
      'budget-table': { facts: 1, found: 0 },
    });
  });

  it('scores a document without a reader as zero and leaves absent documents out of the totals', () => {
    const noReader = unscored('a.key.json', key, 'no reader', 'no pdf reader');
    const absent = unscored('b.key.json', key, 'absent', 'not here');
    expect(noReader.counts.factsFound).toBe(0);
    expect(totals([noReader, absent])).toMatchObject({ facts: 2, factsFound: 0, headcounts: 2 });
  });
});
