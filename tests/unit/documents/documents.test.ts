import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparisonEvidence,
  documentName,
  documentPart,
  issuingBody,
  primaryYear,
  proposeComparison,
  sameOffice,
  sameOrganization,
  type StoredDocumentInfo,
} from '../../../shared/documents';
import type { DocumentMeta } from '../../../shared/model/report';
import {
  cityDepartment,
  gaon2023,
  gaon2024,
  sample,
  sample2024,
  tourism2025,
  tourism2026,
} from '../compare/invented-pairs';

const stored = (id: number, meta: DocumentMeta): StoredDocumentInfo => ({ id, meta });

describe('who issued a document and what each of its years is', () => {
  it('takes the local government from the cover, else from the council it reports to', () => {
    expect(issuingBody(sample.document)).toBe('한빛구');
    expect(issuingBody(cityDepartment.document)).toBe('새솔시');
    expect(issuingBody({ ...sample.document, organization: '주민복지국' })).toBe('한빛구');
    expect(issuingBody({ ...sample.document, organization: undefined, council: undefined })).toBe(
      undefined,
    );
  });

  it('reads the title’s years: 2025 results and 2026 plan; a plan reports the years before its own', () => {
    expect(documentPart(sample.document, 2025)).toBe('report');
    expect(documentPart(sample.document, 2026)).toBe('plan');
    expect(documentPart(tourism2026.document, 2025)).toBe('report');
    expect(documentPart(tourism2026.document, 2026)).toBe('plan');
    expect(primaryYear(sample.document)).toBe(2025);
    expect(primaryYear(tourism2026.document)).toBe(2026);
  });

  it('knows the same office in two years and tells an unrelated one apart', () => {
    expect(sameOrganization(sample2024.document, sample.document)).toBe(true);
    expect(sameOffice(sample2024.document, sample.document)).toBe(true);
    expect(sameOrganization(tourism2025.document, tourism2026.document)).toBe(true);
    expect(sameOffice(tourism2025.document, tourism2026.document)).toBe(true);
    expect(sameOrganization(cityDepartment.document, sample.document)).toBe(false);
  });

  it('concludes from absence only for the same organisation, office and kind', () => {
    const sides = (a: DocumentMeta, ya: number, b: DocumentMeta, yb: number) =>
      comparisonEvidence(
        { documentId: 1, meta: a, fiscalYear: ya },
        { documentId: 2, meta: b, fiscalYear: yb },
      );
    expect(sides(sample2024.document, 2024, sample.document, 2025).concludes).toBe(true);
    expect(sides(tourism2025.document, 2025, tourism2026.document, 2026).concludes).toBe(true);
    expect(sides(sample.document, 2025, sample.document, 2026).concludes).toBe(false);
    expect(sides(cityDepartment.document, 2024, sample.document, 2025).concludes).toBe(false);
    expect(comparisonEvidence({ documentId: 1 }, { documentId: 2 }).concludes).toBe(false);
  });
});

describe('naming a document', () => {
  it('reads organisation › bureau › department › title › year (kind), with the file on hover', () => {
    expect(documentName(sample.document, 'sample-report.txt')).toEqual({
      text: {
        ko: '한빛구 › 주민복지국 › 2025년 주요업무 추진실적 및 2026년 주요업무 계획 › 2025~2026년 (보고)',
        en: '한빛구 › 주민복지국 › 2025년 주요업무 추진실적 및 2026년 주요업무 계획 › FY2025–2026 (report)',
      },
      parts: [
        '한빛구',
        '주민복지국',
        '2025년 주요업무 추진실적 및 2026년 주요업무 계획',
        '2025~2026년 (보고)',
      ],
      offices: ['한빛구', '주민복지국'],
      hover: 'sample-report.txt',
    });
    expect(documentName(tourism2026.document).text.ko).toBe(
      '새별시 › 문화관광국 › 관광정책과 › 2026년도 관광정책과 주요업무 계획 › 2025~2026년 (계획)',
    );
  });

  it('tells two documents of one city with the same title apart by their offices', () => {
    const plan = (bureau: string): DocumentMeta => ({
      title: '2025년 주요 업무계획',
      organization: '새솔시',
      bureau,
      kind: 'plan',
      fiscalYears: [2025],
      sha256: '0'.repeat(64),
    });
    expect(documentName(plan('문화관광국')).text.ko).not.toBe(documentName(plan('복지국')).text.ko);
  });
});

describe('the pair 비교 opens on', () => {
  it('compares the sample’s bureau in consecutive years, results against results', () => {
    const proposal = proposeComparison('year-over-year', [
      stored(1, sample2024.document),
      stored(2, sample.document),
    ]);
    expect(proposal).toMatchObject({ beforeId: 1, beforeYear: 2024, afterId: 2, afterYear: 2025 });
  });

  it('compares one document’s two years when it is alone', () => {
    const proposal = proposeComparison('year-over-year', [stored(7, sample.document)]);
    expect(proposal).toMatchObject({ beforeId: 7, beforeYear: 2025, afterId: 7, afterYear: 2026 });
  });

  it('pairs a plan with the results of the same year for 계획 대비 실적', () => {
    const proposal = proposeComparison('plan-vs-results', [
      stored(1, tourism2025.document),
      stored(2, tourism2026.document),
    ]);
    expect(proposal).toMatchObject({ beforeId: 1, afterId: 2, beforeYear: 2025, afterYear: 2025 });
  });

  it('never pairs a city’s department with a 구’s sample, whatever else is stored', () => {
    const documents = [stored(1, cityDepartment.document), stored(2, sample.document)];
    const proposal = proposeComparison('year-over-year', documents);
    expect(proposal.beforeId).toBe(proposal.afterId);
    const plan = proposeComparison('plan-vs-results', documents);
    expect(plan.beforeId).toBeUndefined();
    expect(plan.reason.ko).toContain('같은 기관·부서의 비교할 자료가 없습니다');
  });

  it('opens 부서별 on the document in view, in its main year', () => {
    const documents = [stored(1, gaon2023.document), stored(2, gaon2024.document)];
    expect(proposeComparison('departments', documents)).toMatchObject({
      afterId: 2,
      afterYear: 2024,
    });
    expect(proposeComparison('departments', documents, 1)).toMatchObject({ afterId: 1 });
  });

  it('proposes only documents of one organisation and office, for any set of documents', () => {
    const metas = [
      sample.document,
      sample2024.document,
      cityDepartment.document,
      tourism2025.document,
      tourism2026.document,
      gaon2023.document,
      gaon2024.document,
    ];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: metas.length - 1 }), { maxLength: metas.length }),
        fc.constantFrom('year-over-year', 'plan-vs-results') as fc.Arbitrary<
          'year-over-year' | 'plan-vs-results'
        >,
        (picked, kind) => {
          const documents = picked.map((index, id) => stored(id + 1, metas[index]!));
          const proposal = proposeComparison(kind, documents);
          if (proposal.beforeId === undefined) return;
          const before = documents.find((doc) => doc.id === proposal.beforeId)!.meta;
          const after = documents.find((doc) => doc.id === proposal.afterId)!.meta;
          expect(sameOrganization(before, after) && sameOffice(before, after)).toBe(true);
          if (kind === 'year-over-year')
            expect(proposal.afterYear).toBe((proposal.beforeYear ?? NaN) + 1);
          else expect(proposal.afterYear).toBe(proposal.beforeYear);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a year after the document was written', () => {
  it('is a plan even in a report: a report of October 2020 states 2021’s budget as planned', () => {
    const meta = {
      ...sample2024.document,
      title: '주요 업무 보고',
      kind: 'report' as const,
      date: '2020. 10.',
      fiscalYears: [2020, 2021],
    };
    expect(documentPart(meta, 2020)).toBe('report');
    expect(documentPart(meta, 2021)).toBe('plan');
  });

  it('follows the title’s own words before the date', () => {
    const meta = { ...sample.document, date: '2025. 11.' };
    expect(documentPart(meta, 2026)).toBe('plan');
    expect(documentPart(meta, 2025)).toBe('report');
  });
});
