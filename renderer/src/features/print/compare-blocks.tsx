import type { Comparison } from '@shared/compare/types';
import { comparisonEvidenceText } from '@shared/compare/evidence-text';
import { summarizeComparison } from '@shared/print/summary';
import { ComparisonChart } from '@features/compare/ComparisonChart';
import { comparisonTable } from './comparison-table';
import { findingsTable } from './findings-table';
import type { PrintBlock, PrintSpec } from './print-spec';
import { councilAndSession } from '@i18n/council-session';

/** A comparison report: title, generated summary, chart, the table, the findings with sources. */
export function comparisonSpec(
  comparison: Comparison,
  context: { council?: string; session?: string; date?: string } = {},
): PrintSpec {
  const title = `${comparison.title.ko} (${comparison.sides.before}${
    comparison.kind === 'departments' ? '' : ` → ${comparison.sides.after}`
  })`;
  const flagged = comparison.rows.flatMap((row) =>
    row.flags.map((finding) => ({ label: row.label, finding })),
  );
  const blocks: PrintBlock[] = [
    {
      kind: 'block',
      id: 'title',
      node: (
        <div>
          <h1 className="print-title">{title}</h1>
          {context.date && <p className="print-subtitle">{context.date}</p>}
        </div>
      ),
    },
    {
      kind: 'block',
      id: 'summary-h',
      keepWithNext: true,
      node: <h3 className="print-subheading">1. 요약</h3>,
    },
    {
      kind: 'block',
      id: 'summary',
      node: <p className="print-paragraph">{summarizeComparison(comparison).ko}</p>,
    },
    ...evidenceBlock(comparison),
    {
      kind: 'block',
      id: 'chart-h',
      keepWithNext: true,
      node: (
        <h3 className="print-subheading">
          {comparison.kind === 'departments' ? '2. 부서별 예산과 집행' : '2. 주요 증감'}
        </h3>
      ),
    },
    {
      kind: 'block',
      id: 'chart',
      node: (
        <ComparisonChart comparison={comparison} label="주요 증감 차트" className="print-chart" />
      ),
    },
    {
      kind: 'block',
      id: 'table-h',
      keepWithNext: true,
      node: <h3 className="print-subheading">3. 비교표</h3>,
    },
    { kind: 'table', id: 'table', table: comparisonTable(comparison) },
    {
      kind: 'block',
      id: 'findings-h',
      keepWithNext: true,
      node: <h3 className="print-subheading">4. 검토 지적 사항</h3>,
    },
    { kind: 'table', id: 'findings', table: findingsTable(flagged, '사업명') },
  ];
  return {
    title,
    orientation: comparison.columns.length > 6 ? 'landscape' : 'portrait',
    header: {
      left: councilAndSession(context.council, context.session, ' · '),
      right: title,
    },
    blocks,
  };
}

/** The comparison's basis (same office? plan or results? which fields?) under the summary. */
function evidenceBlock(comparison: Comparison): PrintBlock[] {
  const evidence = comparisonEvidenceText(comparison);
  if (!evidence) return [];
  return [
    {
      kind: 'block',
      id: 'evidence',
      node: <p className="print-paragraph print-note">{evidence.ko}</p>,
    },
  ];
}
