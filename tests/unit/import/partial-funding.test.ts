import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { readParenthesis } from '../../../shared/import/interpret/statement-parts';

// An invented plan whose statements and sentences name only some of the payers of a figure.
const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '자원순환과',
    '',
    '□ 재활용 체험관 건립',
    'ㅇ (현황 및 개요) 재활용 교육 전시 체험 공간 조성',
    '- ’23.~’26, 동구 일원(1,200㎡), 연면적 900㎡(지상3), 52.4억원(국50%)',
    '□ 하천 생태 탐방',
    'ㅇ (주요내용) 하천 생태자원 알리기',
    '- 생태 탐방 프로그램 운영 및 안내판 정비(3.24억원, 국비 50%)',
    '□ 공원 정비',
    'ㅇ 사업비 : 420백만원(국비 50%)',
    '□ 마을 정원',
    'ㅇ 사업비 : 300백만원(국 98)',
    '□ 숲 체험',
    'ㅇ 사업비 : 6억원(시비 100%)',
    '□ 물길 복원',
    'ㅇ 사업비 : 120억원(국비 50%, 시비 50%)',
    '',
  ].join('\n'),
);

const read = (project: string) => {
  const line = report.lines.find((candidate) => candidate.project.includes(project));
  return [
    line?.budget ?? line?.requiredBudget ?? line?.totalCost,
    line?.funding,
    line?.fundingPartial,
  ];
};

describe('funding that names only some of the payers', () => {
  it('keeps an outline’s single share as a partial split of the whole cost', () => {
    expect(read('재활용 체험관')).toEqual([5_240_000_000, { national: 2_620_000_000 }, true]);
  });

  it('keeps a sentence’s single share as a partial split of its amount', () => {
    expect(read('생태 탐방')).toEqual([324_000_000, { national: 162_000_000 }, true]);
  });

  it('keeps a statement’s single share, in percent or in money, as a partial split', () => {
    expect(read('공원 정비')).toEqual([420_000_000, { national: 210_000_000 }, true]);
    expect(read('마을 정원')).toEqual([300_000_000, { national: 98_000_000 }, true]);
  });

  it('reads one source at 100% and shares that make up the whole as a whole split', () => {
    expect(read('숲 체험')).toEqual([600_000_000, { city: 600_000_000 }, undefined]);
    expect(read('물길 복원')).toEqual([
      12_000_000_000,
      { national: 6_000_000_000, city: 6_000_000_000 },
      undefined,
    ]);
  });

  it('reports no funding finding on any partial split', () => {
    expect(report.findings.filter((finding) => /funding/.test(finding.code))).toEqual([]);
  });
});

describe('reading a parenthesis with a partial split', () => {
  it('marks one source’s amount below the whole as partial, and one equal to it as whole', () => {
    const partial = readParenthesis('시비 90', '억원', 33_600_000_000);
    expect([partial.funding, partial.partial]).toEqual([{ city: 9_000_000_000 }, true]);
    const whole = readParenthesis('시비 336', '억원', 33_600_000_000);
    expect([whole.funding, whole.partial]).toEqual([{ city: 33_600_000_000 }, undefined]);
  });

  it('keeps several shares below 100% as partial, and drops shares above it', () => {
    const some = readParenthesis('국 30%, 시 20%', '백만원', 1_000_000_000);
    expect([some.funding, some.partial]).toEqual([
      { national: 300_000_000, city: 200_000_000 },
      true,
    ]);
    expect(readParenthesis('국 70%, 시 50%', '백만원', 1_000_000_000).funding).toEqual({});
  });

  it('keeps no share that comes to a fraction of a won (50% of 1,001원)', () => {
    const reading = readParenthesis('국비 50%', '원', 1_001);
    expect([reading.funding, reading.partial]).toEqual([{}, undefined]);
  });

  it('makes no partial split of a share that names no payer (공사비 50%)', () => {
    const reading = readParenthesis('공사비 50%', '백만원', 1_000_000_000);
    expect([reading.funding, reading.partial]).toEqual([{}, undefined]);
  });
});
