/**
 * The audit over every real document in ../shared/corpus (HWP, HWPX, PDF and the text reports),
 * each read once per run: no 오류 except the errors listed here, each checked by a person against
 * the document (rendered page or the reader's cells) with the figures as printed there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../cli/readers';
import { parseDocument } from '../../../shared/import';
import type { Finding } from '../../../shared/model/report';
import { corpusBytes, corpusFiles, corpusPresent } from '../../support/corpus';

interface KnownError {
  code: string;
  stated: number;
  computed: number;
  /** where the figures are printed and what they are, as read off the document */
  read: string;
}

/** Errors the documents really have; stated/computed in won for money, people or plain numbers. */
const REAL_ERRORS: Record<string, KnownError[]> = {
  'hwp/hwp/ftc-kdi-market-structure-survey-2019_track-changes.hwp': [
    {
      code: 'total-mismatch',
      stated: 1515,
      computed: 1513.5,
      read: '표 Ⅸ-1, 한국(CR3) 출하액 column: 363.6 + 395.4 + 183.3 + 571.2 = 1,513.5 but 합계 prints 1,515.0 (figures to 0.1: not rounding)',
    },
  ],
  'hwp/hwp/nikl-2022-work-plan.hwp': [
    {
      code: 'total-mismatch',
      stated: 5_700_000_000,
      computed: 5_767_000_000,
      read: 'printed p.6 (page 8 of 35 as @rhwp/core renders it), heading 1. prints (57억원); its four □ items print 3,180 + 574 + 800 + 1,213 = 5,767백만원 = 57.67억원, which rounds to 58; the document rounds its other headings (4.: 233 + 1,012 = 1,245백만원 printed 12.5억원)',
    },
    {
      code: 'total-mismatch',
      stated: 1_203_000_000,
      computed: 12_030_000,
      read: 'printed p.7 (page 9), heading 2. prints (12.03억원); its two □ items print (2.15백만원) and (9.88백만원): the digits add up to the heading’s, the unit is 100 times smaller',
    },
    {
      code: 'formula-mismatch',
      stated: 70_000_000,
      computed: 7_000_000,
      read: 'printed p.26 (page 28), 2023년 예산 세부 내역 box, first □, ㅇ 평가 운영: 70백만원 › - 2명*3.5백만원 = 70백만원; 2 × 3.5 = 7',
    },
    {
      code: 'formula-mismatch',
      stated: 100_000_000,
      computed: 460_800_000,
      read: 'printed p.26, the same box, second □, ㅇ 공무직 인건비 : 100백만원 › its only item - 3명*12.8백만원*12개월 = 460.8백만원',
    },
    {
      code: 'formula-mismatch',
      stated: 70_000_000,
      computed: 7_000_000,
      read: 'printed p.26, the same box, third □, ㅇ 평가 운영: 70백만원 › the same formula again: 2명*3.5백만원 = 70백만원',
    },
    {
      code: 'personnel-surplus-mismatch',
      stated: 1,
      computed: -1,
      read: '직급별 정원·현원 table, left half, 행정주사(일반임기제): 정원 1, 현원 -, 과부족 printed 1; 현원 − 정원 = △1 (the rows around it print △1 for the same case)',
    },
  ],
  'busan-2025/2025년 교통혁신국 주요업무계획.pdf': [
    {
      code: 'rate-mismatch',
      stated: 1.02,
      computed: 2.0659,
      read: 'p.6 (printed 2), 등록 자동차 (단위: 대): the note under the table prints 2023년도 1,527,748대 대비 1.02% 증가, but the table’s 계 1,559,310 against 1,527,748 is (1,559,310 − 1,527,748) ÷ 1,527,748 = 2.07%',
    },
    {
      code: 'rate-mismatch',
      stated: 24.6,
      computed: 24.484,
      read: 'p.6 (printed 2), 수송분담률 (기준 ’23. 12.): 통행량 row 계 5,571 = 버스 1,364 + 철도 1,109 + 택시 439 + 승용차 2,143 + 기타 516; 분담률(%) 2023년 row prints 버스 24.6, but 1,364 ÷ 5,571 = 24.48% (no rounding of the counts, each ±0.5, reaches 24.55)',
    },
    {
      code: 'rate-mismatch',
      stated: 19.8,
      computed: 19.907,
      read: 'p.6, the same rows: 철도 printed 19.8, but 1,109 ÷ 5,571 = 19.91%',
    },
    {
      code: 'rate-mismatch',
      stated: 9.2,
      computed: 9.262,
      read: 'p.6, the same rows: 기타 printed 9.2, but 516 ÷ 5,571 = 9.26% (at least 9.2508% with every count ±0.5); the row rounds (택시 439 ÷ 5,571 = 7.88% printed 7.9), so 9.2 is no rounding of it',
    },
    {
      code: 'total-mismatch',
      stated: 1_798,
      computed: 1_788,
      read: 'p.18 (printed 14), 저상버스 도입 현황: 합계 계 1,798 but 시내버스 1,761 + 마을버스 27 = 1,788',
    },
    {
      code: 'total-mismatch',
      stated: 27,
      computed: 37,
      read: 'p.18, the same table, 마을버스 row: 계 27 but its years ’22 1 + ’23 2 + ’24 23 + ’25 11 = 37 (a table of buses: its rows say (대), so it is read as counts, not 천원)',
    },
  ],
  'busan-2025/2025년 도시혁신균형실 주요업무계획.pdf': [
    {
      code: 'total-mismatch',
      stated: 209_900_000_000,
      computed: 209_831_000_000,
      read: 'p.31 (printed 27), a table in two halves (단위: 백만원): the group label 앵커시설 ▹ 10건, 2,099억원 heads ten rows of 사업비 that add up to 209,831 = 2,098.31억원, which rounds to 2,098',
    },
    {
      code: 'total-mismatch',
      stated: 272_700_000_000,
      computed: 272_611_000_000,
      read: 'p.31, the same table: 17개 사업, 2,727억원, but its seventeen rows add up to 272,611 = 2,726.11억원 (rounds to 2,726)',
    },
  ],
  'busan-2025/2025년 청년산학국 주요업무계획.pdf': [
    {
      code: 'total-mismatch',
      stated: 3_520_000_000,
      computed: 3_574_000_000,
      read: "p.43 (printed 40), 청년잡(JOB) 성장프로젝트, '25년 column: 계 3,520 but 국비 2,782 + 시비 792 = 3,574 (백만원)",
    },
    {
      code: 'total-mismatch',
      stated: 12_560_000_000,
      computed: 10_180_000_000,
      read: 'p.43, the same table, 계 row: 총사업비 12,560 but ’23년 이전 - + ’24년 예산 3,140 + ’25년 3,520 + ’26년 이후 3,520 = 10,180',
    },
    {
      code: 'funding-mismatch',
      stated: 3_520_000_000,
      computed: 3_574_000_000,
      read: "the same cells read as the project's 2025 line: 사업비 3,520 vs 국비 2,782 + 시비 792",
    },
    {
      code: 'total-mismatch',
      stated: 9_320_000_000,
      computed: 7_840_000_000,
      read: 'p.43, 국비 row: 총사업비 9,320 but 2,330 + 2,782 + 2,728 = 7,840',
    },
    {
      code: 'total-mismatch',
      stated: 3_240_000_000,
      computed: 2_394_000_000,
      read: 'p.43, 시비 row: 총사업비 3,240 but 810 + 792 + 792 = 2,394',
    },
  ],
  'busan-2025/2025년 푸른도시국 주요업무계획.pdf': [
    {
      code: 'unit-anomaly',
      stated: 371_000_000,
      computed: 37_100_000_000,
      read: 'p.34 (printed 30), 해운대수목원 2단계 사업개요: 사업기간 2022 ~ 2029, 사업비 371백만원; p.43 (printed 39) states the same phase 2단계(2022~2029) as 371억원 (공사 302 + 보상 25 + 기타 44 = 371, and 1단계 840 + 2단계 371 = 1,211억원): the unit on p.34 is wrong',
    },
  ],
  'busan-2025/2025년 환경물정책실 주요업무계획.pdf': [
    {
      code: 'rate-mismatch',
      stated: 52.25,
      computed: 52.2671,
      read: 'p.7 (printed 3), 하천 개수현황, 소하천 row: 개수율 printed 52.25% but 개수 74.12 ÷ 계 141.81 = 52.27% (계 = 개수 74.12 + 미개수 67.69)',
    },
  ],
};

const present = corpusPresent('', 'the audit over every real corpus document');
const files = present
  ? [
      ...corpusFiles('', /\.txt$/),
      ...corpusFiles('busan-2025', /\.pdf$/),
      ...corpusFiles('hwp/hwp', /\.hwp$/),
      ...corpusFiles('hwp/hwpx', /\.hwpx$/),
    ]
  : [];

/** Each document's error findings, or the reader's refusal (an encrypted file) as null. */
const errorsByFile = new Map<string, Finding[] | null>();

beforeAll(async () => {
  for (const file of files) {
    try {
      const parsed = await parseDocument(
        corpusBytes(file),
        { fileName: file.split('/').pop()!, today: new Date('2026-11-30') },
        nodeReaders,
      );
      errorsByFile.set(
        file,
        parsed.report.findings.filter((finding) => finding.severity === 'error'),
      );
    } catch {
      errorsByFile.set(file, null);
    }
  }
}, 600_000);

describe.skipIf(!present)('the audit over every real corpus document (read at test time)', () => {
  it('reads every document of the corpus, refusing only the password-protected one', () => {
    expect(files.length).toBeGreaterThanOrEqual(31);
    const refused = files.filter((file) => errorsByFile.get(file) === null);
    expect(refused).toEqual(['hwp/hwp/pyhwp-password-12345_encrypted.hwp']);
  });

  it('reports no 오류 but the errors a person found in the documents', () => {
    const found = Object.fromEntries(
      files.flatMap((file) => {
        const errors = errorsByFile.get(file) ?? [];
        if (errors.length === 0) return [];
        return [
          [
            file,
            errors.map((finding) => ({
              code: finding.code,
              stated: finding.stated,
              computed: finding.computed,
            })),
          ],
        ];
      }),
    );
    const expected = Object.fromEntries(
      Object.entries(REAL_ERRORS).map(([file, errors]) => [
        file,
        errors.map(({ code, stated, computed }) => ({ code, stated, computed })),
      ]),
    );
    expect(found).toEqual(expected);
  });
});
