import { describe, expect, it } from 'vitest';
import { rowConclusionLabel } from '../../../shared/compare';
import type { ParsedReport } from '../../../shared/model/report';
import { NOTE_STATUS_LABEL } from '../../../shared/model/note-status';
import { buildPackModel } from '../../../shared/print/pack';
import type { PackInput } from '../../../shared/print/pack-types';
import { noteCells, sectionSummaryText } from '../../../shared/print/section-summary';
import {
  cityDepartment,
  gaon2023,
  gaon2024,
  sample,
  sample2024,
  천원,
} from '../compare/invented-pairs';

function packOf(reports: readonly ParsedReport[], departments: string[] = []): PackInput {
  const tag = <T>(rows: readonly T[], id: number) =>
    rows.map((row) => ({ ...row, documentId: id }));
  return {
    pack: { title: '브리핑', departments, includeFindings: true, includeNotes: true },
    documents: reports.map((report, index) => ({ id: index + 1, meta: report.document })),
    lines: reports.flatMap((report, index) => tag(report.lines, index + 1)),
    personnel: reports.flatMap((report, index) => tag(report.personnel, index + 1)),
    findings: reports.flatMap((report, index) => tag(report.findings, index + 1)),
    notes: [],
  };
}

const section = (model: ReturnType<typeof buildPackModel>, department: string) =>
  model.sections.find((s) => s.department === department)!;

describe('a pack’s department page states only what its documents state', () => {
  it('sets the sample’s 2026 plan against its 2025 results without 종료/신규 or a sum over years', () => {
    const welfare = section(buildPackModel(packOf([sample])), '복지정책과');
    const care = welfare.budget.rows.find((row) => row.label === '한빛 복지 통합 돌봄 운영')!;
    expect(care.values).toMatchObject({
      before: 천원(1_250_000),
      after: 천원(1_380_000),
      difference: 천원(130_000),
    });
    const foodBank = welfare.budget.rows.find((row) => row.label === '희망 나눔 푸드뱅크 지원')!;
    expect(rowConclusionLabel(foodBank)?.ko).toBe('이후 자료에 없음');
    expect(foodBank.values.difference).toBeNull();
    expect(welfare.budget.totals.difference).toBe(천원(130_000));
    expect(sectionSummaryText(welfare).ko).toBe(
      '2026년 소요예산 사업 2개 합계 1,680,000천원, ' +
        '두 해 모두 있는 사업 1개 기준 2025년 대비 +130,000천원(10.4%) ' +
        '(2025년 예산현액·소요예산 → 2026년 소요예산), 사업 3개, 지적 사항 0건, 메모 0건.',
    );
  });

  it('calls a project that the next year’s report of the same bureau lacks 종료, with its △100%', () => {
    const welfare = section(buildPackModel(packOf([gaon2023, gaon2024])), '복지정책과');
    const heating = welfare.budget.rows.find((row) => row.label === '경로당 냉난방비 지원')!;
    expect(rowConclusionLabel(heating)?.ko).toBe('종료');
    expect(heating.values).toMatchObject({ difference: 천원(-300_000), rate: -100 });
    expect(welfare.statedTotal).toEqual({
      fiscalYear: 2024,
      value: 천원(1_800_000),
      bases: ['currentBudget'],
      documentId: 2,
    });
    expect(sectionSummaryText(welfare).ko).toContain('2024년 예산현액 1,800,000천원(부서 총괄)');
  });

  it('takes each year from one document: the 2025 results, not the 2025 plan of the year before', () => {
    const welfare = section(buildPackModel(packOf([sample2024, sample])), '복지정책과');
    expect(welfare.budget.documentIds).toEqual({ before: 2, after: 2 });
    expect(welfare.budget.years).toEqual({ before: 2025, after: 2026 });
  });

  it('keeps two governments’ departments in separate sections, named by their government', () => {
    const model = buildPackModel(packOf([cityDepartment, sample]));
    const organizations = model.sections.map((s) => s.organization);
    expect(new Set(organizations)).toEqual(new Set(['새솔시', '한빛구']));
  });

  it('prints a note’s status in the app’s words', () => {
    expect(NOTE_STATUS_LABEL.open.ko).toBe('미답변');
    expect(
      noteCells({
        lineKey: 'k',
        kind: 'question',
        status: 'open',
        text: '사유는?',
        project: '사업',
      }),
    ).toEqual(['사업', '질의', '사유는?', '미답변']);
  });
});
