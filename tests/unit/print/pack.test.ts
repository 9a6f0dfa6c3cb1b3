import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../shared/model/report';
import { buildPackModel } from '../../../shared/print/pack';
import type { PackInput } from '../../../shared/print/pack-types';
import { finding, line } from '../compare/lines';

const meta = (title: string, year: number): DocumentMeta => ({
  title,
  council: '가상구의회',
  session: '제301회 제2차 정례회',
  kind: 'report',
  fiscalYears: [year],
  sha256: '0'.repeat(64),
});

const park23 = {
  ...line(2023, '공원녹지과', '도시숲 조성', { currentBudget: 100_000_000 }),
  documentId: 1,
};
const park24 = {
  ...line(2024, '공원녹지과', '도시숲 조성', { currentBudget: 120_000_000, spent: 60_000_000 }),
  documentId: 2,
};
const hall24 = {
  ...line(2024, '총무과', '청사 관리', { currentBudget: 50_000_000, previousBudget: 40_000_000 }),
  documentId: 2,
};

const input = (overrides: Partial<PackInput['pack']> = {}): PackInput => ({
  pack: {
    title: '2024 행정사무감사 브리핑',
    departments: [],
    includeFindings: true,
    includeNotes: true,
    ...overrides,
  },
  documents: [
    { id: 1, meta: meta('2023 주요업무 보고', 2023) },
    { id: 2, meta: meta('2024 주요업무 보고', 2024) },
  ],
  lines: [park23, park24, hall24],
  personnel: [
    {
      department: '총무과',
      grade: '6급',
      authorized: 3,
      current: 2,
      source: { line: 4 },
      documentId: 2,
    },
  ],
  findings: [{ ...finding(park24), documentId: 2 }],
  notes: [{ lineKey: park24.key, kind: 'question', status: 'open', text: '집행 부진 사유는?' }],
});

describe('briefing pack model', () => {
  it('makes one section per department with the budget against the year before', () => {
    const model = buildPackModel(input());
    expect(model.sections.map((s) => s.department)).toEqual(['공원녹지과', '총무과']);
    const park = model.sections[0]!.budget.rows[0]!;
    expect(park.values).toMatchObject({
      before: 100_000_000,
      after: 120_000_000,
      rate: 20,
      executionRate: 50,
    });
    const hall = model.sections[1]!.budget.rows[0]!;
    expect(hall.values).toMatchObject({ before: 40_000_000, difference: 10_000_000 });
  });

  it('puts flagged lines, notes and personnel in the right department and all findings in the appendix', () => {
    const model = buildPackModel(input());
    const [park, hall] = model.sections;
    expect(park!.flagged).toMatchObject([
      { project: '도시숲 조성', documentTitle: '2024 주요업무 보고' },
    ]);
    expect(park!.notes).toMatchObject([{ project: '도시숲 조성', text: '집행 부진 사유는?' }]);
    expect(hall!.personnel).toHaveLength(1);
    expect(model.appendix).toHaveLength(1);
    expect(model.cover).toMatchObject({ council: '가상구의회', session: '제301회 제2차 정례회' });
  });

  it('prints a note with the document it was written on, not with another sharing its line key', () => {
    const model = buildPackModel({
      ...input(),
      notes: [
        { documentId: 2, lineKey: park24.key, kind: 'question', status: 'open', text: '이 문서' },
        // the same line key in a document the pack does not hold
        { documentId: 5, lineKey: park24.key, kind: 'finding', status: 'open', text: '다른 문서' },
      ],
    });
    expect(model.sections[0]!.notes.map((note) => note.text)).toEqual(['이 문서']);
  });

  it('keeps only the chosen departments, and leaves out findings and notes when asked', () => {
    const model = buildPackModel(
      input({ departments: ['총무과'], includeFindings: false, includeNotes: false }),
    );
    expect(model.sections.map((s) => s.department)).toEqual(['총무과']);
    expect(model.appendix).toEqual([]);
    expect(model.sections[0]!.flagged).toEqual([]);
  });

  it('does not call a line new when no document has the year before, and uses a plan’s 소요예산', () => {
    const plan = {
      ...line(2025, '공원녹지과', '정원도시 조성', { requiredBudget: 80_000_000 }),
      documentId: 3,
    };
    const model = buildPackModel({
      ...input(),
      lines: [plan],
      findings: [],
      notes: [],
    });
    const row = model.sections[0]!.budget.rows[0]!;
    expect(row.status).toBe('single');
    expect(row.values).toMatchObject({ before: null, after: 80_000_000, difference: null });
    expect(model.sections[0]!.budget.totals.rate).toBeNull();
  });
});
