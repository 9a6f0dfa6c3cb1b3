import { beforeAll, describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../../cli/readers';
import { parseDocument, type DocumentParse } from '../../../../shared/import';
import { fixtureBytes } from '../../../support/pdf-fixtures';

/** tests/fixtures/pdf/multi-year.html printed to PDF: an outline, a facility table, a list in halves. */
let parsed: DocumentParse;
beforeAll(async () => {
  parsed = await parseDocument(
    fixtureBytes('multi-year.pdf'),
    { fileName: 'multi-year.pdf' },
    nodeReaders,
  );
});

const figures = () =>
  parsed.report.lines.map((line) => ({
    project: line.project,
    totalCost: line.totalCost,
    budget: line.budget ?? line.requiredBudget,
    period: line.period,
    page: line.source.page,
  }));

describe('multi-year costs read from a PDF', () => {
  it('reads an outline’s 사업비 as the whole cost of its 사업기간', () => {
    expect(figures()).toContainEqual({
      project: '숲길 정비',
      totalCost: 12_000_000_000,
      budget: undefined,
      period: { from: 2023, to: 2027 },
      page: 1,
    });
  });

  it('reads each facility’s whole cost from the 총사업비 row of a table laid across', () => {
    const facilities = figures().filter((line) => /대교|터널/.test(line.project));
    expect(facilities.map((line) => [line.project, line.totalCost, line.budget])).toEqual([
      ['해오름대교', 425_000_000_000, undefined],
      ['솔바람터널', 131_000_000_000, undefined],
      ['달빛터널', 208_500_000_000, undefined],
    ]);
  });

  it('reads both halves of a list printed side by side, as whole costs under the stated 총사업비', () => {
    const projects = figures().filter((line) => /건립$|쉼터 조성$/.test(line.project));
    expect(projects.map((line) => [line.project, line.totalCost, line.budget])).toEqual([
      ['행복센터 건립', 12_400_000_000, undefined],
      ['체육관 건립', 14_900_000_000, undefined],
      ['숲속 쉼터 조성', 6_300_000_000, undefined],
    ]);
  });

  it('finds no error in the consistent invented plan', () => {
    expect(parsed.report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
