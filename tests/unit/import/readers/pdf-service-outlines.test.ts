import { beforeAll, describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../../cli/readers';
import { parseDocument, type DocumentParse } from '../../../../shared/import';
import { fixtureBytes } from '../../../support/pdf-fixtures';

/** tests/fixtures/pdf/service-outlines.html printed to PDF: 용역 outlines, a grant paid out, a table of years. */
let parsed: DocumentParse;
beforeAll(async () => {
  parsed = await parseDocument(
    fixtureBytes('service-outlines.pdf'),
    { fileName: 'service-outlines.pdf' },
    nodeReaders,
  );
});

const figures = () =>
  parsed.report.lines.map((line) => ({
    project: line.project,
    fiscalYear: line.fiscalYear,
    budget: line.budget ?? line.requiredBudget,
    totalCost: line.totalCost,
    period: line.period,
    funding: line.funding,
  }));

describe('용역 outlines, paid-out grants and year rows read from a PDF', () => {
  it('reads a 용역’s one-line outline as its whole cost over its years, named by the item or title above', () => {
    expect(figures().slice(0, 3)).toEqual([
      {
        project: '물류부지 이전 타당성 검토 용역',
        fiscalYear: 2025,
        budget: undefined,
        totalCost: 1_000_000_000,
        period: { from: 2024, to: 2026 },
        funding: undefined,
      },
      {
        project: '물류부지 이전 타당성 검토 용역',
        fiscalYear: 2024,
        budget: 500_000_000,
        totalCost: undefined,
        period: undefined,
        funding: undefined,
      },
      {
        project: '도심 수변 비전 수립 용역',
        fiscalYear: 2025,
        budget: undefined,
        totalCost: 1_500_000_000,
        period: { from: 2022, to: 2025 },
        funding: { city: 1_500_000_000 },
      },
    ]);
  });

  it('names a grant paid out by its project, and each year row by the project above it', () => {
    expect(figures().slice(3)).toEqual([
      {
        project: '생활권 거점 조성',
        fiscalYear: 2025,
        budget: 9_500_000_000,
        totalCost: 50_000_000_000,
        period: undefined,
        funding: { city: 35_000_000_000, district: 15_000_000_000 },
      },
      {
        project: '나무심기 행사',
        fiscalYear: 2023,
        budget: 105_000_000,
        totalCost: undefined,
        period: undefined,
        funding: undefined,
      },
      {
        project: '나무심기 행사',
        fiscalYear: 2024,
        budget: 220_000_000,
        totalCost: undefined,
        period: undefined,
        funding: undefined,
      },
    ]);
  });

  it('finds no error in the consistent invented plan', () => {
    expect(parsed.report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
