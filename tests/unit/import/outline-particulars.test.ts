import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '제301회 한빛시의회 정례회',
    '',
    '자원순환과',
    '',
    '1. 순환경제 기반 조성',
    '□ 새활용센터 건립',
    'ㅇ (현황 및 개요) 새활용 교육·전시·체험 공간 조성',
    '- ‘23.~’26, 동구 산12번지(1,050㎡), 연면적 900㎡(지하1, 지상3), 52.5억원(국 26.25, 시 26.25)',
    'ㅇ (주요내용) 전시·체험공간, 제작실 등',
    '□ 폐자원 재생 산업단지 조성',
    'ㅇ (현황 및 개요) 재생품 생산 기지 부지 확보',
    '- 북구 일원(A=60,000㎡), 총사업비(재정사업 기준) 1,120억원(국 420, 시 700)',
    '□ 바이오가스 시설 개선',
    'ㅇ (현황 및 개요) 노후 시설 개선',
    '- 처리용량 200톤/일, 2025년 사업비 80억원, 공사 착공',
    'ㅇ (주요내용) 소화조 교체',
    '- 소화조 2기 교체, 35억원(시비)',
    '',
  ].join('\n'),
);
const figures = report.lines.map((line) => [
  line.project,
  line.totalCost ?? null,
  line.funding ?? null,
  line.period ?? null,
]);

describe('an outline item listing a project’s particulars and closing with its cost', () => {
  it('is the project’s whole cost, named by the heading above its outline topic', () => {
    expect(figures).toContainEqual([
      '새활용센터 건립',
      5_250_000_000,
      { national: 2_625_000_000, city: 2_625_000_000 },
      { from: 2023, to: 2026 },
    ]);
  });

  it('may key the cost 총사업비 with a note in parentheses', () => {
    expect(figures).toContainEqual([
      '폐자원 재생 산업단지 조성',
      112_000_000_000,
      { national: 42_000_000_000, city: 70_000_000_000 },
      null,
    ]);
  });

  it('reads nothing when the amount is not the last item or the topic is not the outline', () => {
    const names = report.lines.map((line) => line.project);
    expect(names).not.toContain('바이오가스 시설 개선');
    expect(report.lines.some((line) => line.totalCost === 3_500_000_000)).toBe(false);
  });

  it('finds nothing wrong', () => {
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
