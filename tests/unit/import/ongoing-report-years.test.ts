import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

// Invented: a committee's October report on the year's work, its plan section naming no year.
const report = parseReport(
  [
    '주요 업무 보고',
    '',
    '2024. 10.',
    '',
    '한빛시 시민참여위원회',
    '',
    '# Ⅲ. 주요업무 추진계획',
    '',
    '# 1 시민참여예산 운영',
    '',
    '### □ 추진실적',
    '',
    '- 2025 시민참여예산사업 선정 결과 : 총 540건 412억원',
    '(제안형 30건 180.5억원, 협치형 12건 61억원, 동단위형 498건 170.5억원)',
    "- '25년 마을계획 편성 추진(예산 95억원, 구당 평균 약 4억원)",
    '',
    '# 2 공익활동 지원',
    '',
    '### 추진개요',
    '',
    '- 사업예산 : 총 18억원 (사업별 20백만원 이하 지원)',
    '',
  ].join('\n'),
);

function year(project: string): number | undefined {
  return report.lines.find((line) => line.project.startsWith(project))?.fiscalYear;
}

describe('a report on the year’s work under way (주요 업무 보고)', () => {
  it('files its plan section without a year under the report’s own year', () => {
    expect(year('공익활동 지원')).toBe(2024);
    expect(report.lines.find((line) => line.project === '공익활동 지원')?.budget).toBe(
      1_800_000_000,
    );
  });

  it('files a sentence that opens with the next year under that year', () => {
    expect(year('2025 시민참여예산사업 선정 결과')).toBe(2025);
    expect(year('25년 마을계획 편성 추진')).toBe(2025);
  });
});

describe('a parenthesis on its own line right under a figure', () => {
  it('gives each type it lists a line of that figure’s year and field, named by the type', () => {
    const types = report.lines
      .filter((line) => line.source.line === 14)
      .map((line) => [line.project, line.fiscalYear, line.budget, line.parentKey ?? null]);
    expect(types).toEqual([
      ['제안형', 2025, 18_050_000_000, null],
      ['협치형', 2025, 6_100_000_000, null],
      ['동단위형', 2025, 17_050_000_000, null],
    ]);
  });
});
