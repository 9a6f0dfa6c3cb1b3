import { beforeAll, describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../../cli/readers';
import { parseDocument, type DocumentParse } from '../../../../shared/import';
import { fixtureBytes } from '../../../support/pdf-fixtures';

/** tests/fixtures/pdf/funding-splits.html printed to PDF: partial shares and a spent column’s split. */
let parsed: DocumentParse;
beforeAll(async () => {
  parsed = await parseDocument(
    fixtureBytes('funding-splits.pdf'),
    { fileName: 'funding-splits.pdf' },
    nodeReaders,
  );
});

const lineOf = (project: string, year?: number) =>
  parsed.report.lines.find(
    (line) => line.project.includes(project) && (year === undefined || line.fiscalYear === year),
  );

describe('funding splits read from a PDF', () => {
  it('keeps an outline’s single share (52.4억원(국50%)) as a partial split of the whole cost', () => {
    const line = lineOf('재활용 체험관');
    expect([line?.totalCost, line?.funding, line?.fundingPartial, line?.source.page]).toEqual([
      5_240_000_000,
      { national: 2_620_000_000 },
      true,
      1,
    ]);
  });

  it('keeps a statement’s one source below the whole (300백만원(국 98)) as a partial split', () => {
    const line = lineOf('마을 정원');
    expect([line?.requiredBudget ?? line?.budget, line?.funding, line?.fundingPartial]).toEqual([
      300_000_000,
      { national: 98_000_000 },
      true,
    ]);
  });

  it('keeps the ’24 budget’s split as funding and the 집행 column’s as spentFunding', () => {
    const line = lineOf('안내판', 2024);
    expect([line?.budget, line?.funding, line?.spent, line?.spentFunding]).toEqual([
      1_000_000_000,
      { national: 700_000_000, city: 300_000_000 },
      600_000_000,
      { national: 420_000_000, city: 180_000_000 },
    ]);
  });

  it('finds no error in the consistent invented plan', () => {
    expect(parsed.report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
