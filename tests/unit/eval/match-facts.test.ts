import { describe, expect, it } from 'vitest';
import { closestLine, matchFact, whatIsWrong } from '../../eval/match-facts';
import { fact, line } from './invented';

describe('matching a key fact to the importer’s lines', () => {
  it('finds a fact with the same year, amount, name and page', () => {
    expect(matchFact(fact(), [line()]).found).toBe(true);
  });

  it('does not count a line with a wrong amount', () => {
    const result = matchFact(fact(), [line({ budget: 2_640_000_001 })]);
    expect(result.found).toBe(false);
    expect(result.wrong).toEqual(['amount']);
  });

  it('does not count the right figure read on a different page', () => {
    const result = matchFact(fact(), [line({ source: { line: 40, page: 10 } })]);
    expect(result.found).toBe(false);
    expect(result.wrong).toEqual(['page']);
  });

  it('does not count the right figure under a wrong fiscal year', () => {
    const result = matchFact(fact(), [line({ fiscalYear: 2024 })]);
    expect(result.found).toBe(false);
    expect(result.wrong).toEqual(['year']);
  });

  it('does not count the right figure under a different project name', () => {
    const result = matchFact(fact(), [line({ project: '달빛 체육관 보수' })]);
    expect(result.found).toBe(false);
    expect(result.wrong).toEqual(['name']);
  });

  it('counts a found fact’s funding right only when every part matches and none is extra', () => {
    const funded = fact({ funding: { national: 2_110_000_000, city: 530_000_000 } });
    const right = line({ funding: { national: 2_110_000_000, city: 530_000_000 } });
    const wrongPart = line({ funding: { national: 2_110_000_000, city: 530_000_001 } });
    const extraPart = line({
      funding: { national: 2_110_000_000, city: 530_000_000, district: 1_000_000 },
    });
    expect(matchFact(funded, [right])).toMatchObject({ found: true, fundingRight: true });
    expect(matchFact(funded, [wrongPart])).toMatchObject({ found: true, fundingRight: false });
    expect(matchFact(funded, [extraPart])).toMatchObject({ found: true, fundingRight: false });
    expect(matchFact(funded, [line()])).toMatchObject({ found: true, fundingRight: false });
  });

  it('prefers the candidate with the right funding when two lines hold the figure', () => {
    const funded = fact({ funding: { city: 2_640_000_000 } });
    const lines = [
      line({ funding: { national: 2_640_000_000 } }),
      line({ funding: { city: 2_640_000_000 } }),
    ];
    expect(matchFact(funded, lines).fundingRight).toBe(true);
  });

  it('scores an account split (일반회계/특별회계) apart from funding, never as funding', () => {
    const split = fact({ accounts: { general: 2_000_000_000, special: 640_000_000 } });
    const asAccounts = line({ accounts: { general: 2_000_000_000, special: 640_000_000 } });
    const asFunding = line({ funding: { city: 2_000_000_000, other: 640_000_000 } });
    expect(matchFact(split, [asAccounts])).toMatchObject({ found: true, accountsRight: true });
    expect(matchFact(split, [asFunding])).toMatchObject({ found: true, accountsRight: false });
    expect(matchFact(split, [asFunding]).fundingRight).toBeUndefined();
  });

  it('takes 사업비 and 소요예산 (requiredBudget) and 최종 as the year’s budget', () => {
    const required = line({ budget: undefined, requiredBudget: 2_640_000_000 });
    const current = line({ budget: undefined, currentBudget: 2_640_000_000 });
    expect(matchFact(fact(), [required]).found).toBe(true);
    expect(matchFact(fact(), [current]).found).toBe(true);
  });

  it('reads last year’s budget either as that year’s budget or as this year’s previousBudget', () => {
    const previous = fact({ field: 'previousBudget', amount: 500_000_000 });
    expect(matchFact(previous, [line({ previousBudget: 500_000_000 })]).found).toBe(true);
    expect(matchFact(previous, [line({ fiscalYear: 2024, budget: 500_000_000 })]).found).toBe(true);
    expect(matchFact(previous, [line({ fiscalYear: 2023, budget: 500_000_000 })]).found).toBe(
      false,
    );
    const lastYear = fact({ fiscalYear: 2024, amount: 500_000_000 });
    expect(matchFact(lastYear, [line({ previousBudget: 500_000_000 })]).found).toBe(true);
  });

  it('never takes a multi-year total for the year’s budget, nor the reverse', () => {
    const total = fact({ field: 'totalCost', amount: 184_000_000_000 });
    expect(matchFact(total, [line({ budget: 184_000_000_000 })]).found).toBe(false);
    expect(matchFact(total, [line({ totalCost: 184_000_000_000 })]).found).toBe(true);
    expect(matchFact(fact(), [line({ budget: undefined, totalCost: 2_640_000_000 })]).found).toBe(
      false,
    );
  });

  it('matches a revenue fact only on a revenue line', () => {
    const revenue = fact({ field: 'revenue' });
    expect(matchFact(revenue, [line()]).found).toBe(false);
    expect(matchFact(revenue, [line({ category: 'revenue' })]).found).toBe(true);
    expect(matchFact(fact(), [line({ category: 'revenue' })]).found).toBe(false);
  });

  it('allows a text fact within two lines of where it is printed, not further', () => {
    const textFact = fact({ page: undefined, line: 81 });
    expect(matchFact(textFact, [line({ source: { line: 83 } })]).found).toBe(true);
    expect(matchFact(textFact, [line({ source: { line: 84 } })]).found).toBe(false);
  });

  it('places an HWP fact by its section and paragraph, within two paragraphs of the same section', () => {
    const hwpFact = fact({ page: undefined, section: 1, paragraph: 29 });
    const at = (section: number, paragraph: number) =>
      line({ source: { line: 66, section, paragraph } });
    expect(matchFact(hwpFact, [at(1, 31)]).found).toBe(true);
    expect(matchFact(hwpFact, [at(1, 32)]).found).toBe(false);
    expect(matchFact(hwpFact, [at(0, 29)]).found).toBe(false);
    expect(matchFact(hwpFact, [at(0, 29)]).wrong).toEqual(['paragraph']);
    expect(matchFact(hwpFact, [line({ source: { line: 29 } })]).found).toBe(false);
  });

  it('takes a paragraph with no section as section 0', () => {
    const hwpFact = fact({ page: undefined, paragraph: 628 });
    expect(matchFact(hwpFact, [line({ source: { line: 809, paragraph: 628 } })]).found).toBe(true);
    expect(
      matchFact(hwpFact, [line({ source: { line: 809, section: 0, paragraph: 628 } })]).found,
    ).toBe(true);
  });

  it('matches a fact whose document prints no year on a line of any year, still by field and amount', () => {
    const yearless = fact({ fiscalYear: undefined });
    expect(matchFact(yearless, [line({ fiscalYear: 2026 })]).found).toBe(true);
    expect(matchFact(yearless, [line({ fiscalYear: 2019 })]).found).toBe(true);
    expect(matchFact(yearless, [line({ fiscalYear: 2026, budget: 1 })]).found).toBe(false);
    const total = fact({ fiscalYear: undefined, field: 'totalCost' });
    expect(matchFact(total, [line({ fiscalYear: 2026 })]).found).toBe(false);
  });

  it('finds a fact read at another place of the same line (alsoAt)', () => {
    const elsewhere = line({ source: { line: 10, page: 3 }, alsoAt: [{ line: 40, page: 9 }] });
    expect(matchFact(fact(), [elsewhere]).found).toBe(true);
  });

  it('knows a total row by its department, and a department’s row by department and label', () => {
    const total = line({ project: '계', department: '별빛정책과' });
    expect(matchFact(fact({ name: '별빛정책과' }), [total]).found).toBe(true);
    const row = line({ project: '세출', department: '별빛정책과' });
    expect(matchFact(fact({ name: '별빛정책과 세출' }), [row]).found).toBe(true);
    expect(matchFact(fact({ name: '달빛관리과 세입' }), [row]).found).toBe(false);
  });

  it('shows the closest line for a missed fact: the same amount before a similar name', () => {
    const sameAmount = line({ project: '엉뚱한 이름', source: { line: 5, page: 2 } });
    const similarName = line({ budget: 1, project: '별빛 도서관 건립' });
    expect(closestLine(fact(), [similarName, sameAmount])).toBe(sameAmount);
    expect(whatIsWrong(fact(), sameAmount)).toEqual(['page', 'name']);
  });
});
