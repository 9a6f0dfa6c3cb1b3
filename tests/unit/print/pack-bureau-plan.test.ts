import { describe, expect, it } from 'vitest';
import { rowConclusionLabel } from '../../../shared/compare';
import type { BudgetLine, DocumentMeta } from '../../../shared/model/report';
import { buildPackModel } from '../../../shared/print/pack';
import type { PackInput } from '../../../shared/print/pack-types';
import { sectionSummaryText } from '../../../shared/print/section-summary';
import { line } from '../compare/lines';

/** an invented city bureau's plan: projects name the bureau, no department (부산 ○○국 layout) */
const meta: DocumentMeta = {
  title: '2025년도 주요 업무계획',
  organization: '가람광역시',
  bureau: '늘봄건강국',
  kind: 'plan',
  fiscalYears: [2025],
  sha256: '1'.repeat(64),
};

const ofBureau = (year: number, project: string, figures: Partial<BudgetLine>) => {
  const { department: _none, ...rest } = line(year, '', project, figures);
  return { ...rest, bureau: '늘봄건강국', documentId: 1 };
};

const input = (lines: PackInput['lines']): PackInput => ({
  pack: { title: '브리핑', departments: [], includeFindings: true, includeNotes: true },
  documents: [{ id: 1, meta, fileName: 'plan.pdf' }],
  lines,
  personnel: [],
  findings: [],
  notes: [],
});

describe('a bureau’s plan in the briefing pack', () => {
  it('prints the bureau’s projects in the bureau’s section, named once, with the document named in full on the cover', () => {
    const model = buildPackModel(
      input([
        ofBureau(2025, '어린이병원 건립', { requiredBudget: 22_500_000_000 }),
        ofBureau(2025, '난임시술비 지원', { requiredBudget: 7_300_000_000 }),
      ]),
    );
    expect(model.sections.map((s) => [s.department, s.bureau])).toEqual([
      ['늘봄건강국', undefined],
    ]);
    expect(model.sections[0]!.budget.rows.map((row) => row.label)).toEqual([
      '어린이병원 건립',
      '난임시술비 지원',
    ]);
    expect(model.cover.documents).toEqual([
      '가람광역시 › 늘봄건강국 › 2025년도 주요 업무계획 › 2025년 (계획)',
    ]);
  });

  it('calls nothing 신규 or 종료 from one document’s two years, and states no change from them', () => {
    const model = buildPackModel(
      input([
        // a 연차별 table gives the year before for one project only
        ofBureau(2024, '건강센터 확충', { budget: 354_000_000 }),
        ofBureau(2025, '어린이병원 건립', { requiredBudget: 22_500_000_000 }),
        ofBureau(2025, '난임시술비 지원', { requiredBudget: 7_300_000_000 }),
      ]),
    );
    const { rows, totals } = model.sections[0]!.budget;
    const labels = rows.map((row) => rowConclusionLabel(row)?.ko);
    expect(labels).not.toContain('신규');
    expect(labels).not.toContain('종료');
    expect(rows.every((row) => row.values.difference === null)).toBe(true);
    expect(totals.difference ?? null).toBeNull();
    expect(sectionSummaryText(model.sections[0]!).ko).not.toMatch(/대비/);
  });

  it('leads with the plan’s year and marks no project 이후 자료에 없음 when it gives the next year for a few projects only', () => {
    const model = buildPackModel(
      input([
        // a 연도별 table gives 2026 for one project; the others simply state no 2026 figure
        ofBureau(2025, '도시숲 조성', { requiredBudget: 6_000_000_000 }),
        ofBureau(2026, '도시숲 조성', { budget: 1_000_000_000 }),
        ofBureau(2025, '정원 가꾸기', { requiredBudget: 500_000_000 }),
      ]),
    );
    const { budget } = model.sections[0]!;
    // the plan's year leads the table, not the outlook year a few projects reach into
    expect(budget.years?.after).toBe(2025);
    expect(budget.rows.map((row) => row.values.after)).toEqual([6_000_000_000, 500_000_000]);
    expect(budget.rows.map((row) => rowConclusionLabel(row)?.ko)).toEqual([undefined, undefined]);
  });

  it('does not read a year known only from figures quoted in sentences as that year’s project list', () => {
    const earlier = { ...meta, sha256: '2'.repeat(64), fiscalYears: [2024] };
    const model = buildPackModel({
      ...input([
        {
          ...ofBureau(2024, '국비 확보', { budget: 22_500_000_000 }),
          fromSentence: true,
          documentId: 2,
        },
        ofBureau(2025, '어린이병원 건립', { requiredBudget: 22_500_000_000 }),
      ]),
      documents: [
        { id: 2, meta: earlier },
        { id: 1, meta },
      ],
    });
    const rows = model.sections[0]!.budget.rows;
    expect(rows.map((row) => row.status)).toEqual(['single', 'single']);
    expect(rows.map((row) => rowConclusionLabel(row)?.ko)).not.toContain('신규');
  });
});
