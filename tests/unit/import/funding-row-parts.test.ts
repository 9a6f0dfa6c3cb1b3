import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

// Invented: a contest outline named by its 사업명 field, the two tasks it applies with listed as
// ①② items, then one yearly table with a 계 group per task.
const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    'Ⅲ. 2025년 주요업무 계획',
    '',
    '1 해양 연구센터 유치',
    '❖ 사업명 : 해양 연구센터(MRC)',
    '○ 신청과제',
    '① (가대학) 해양 신소재 연구센터',
    '② (나대학) 해양 의료기기 연구센터',
    '○ 연차별 투자계획',
    '(단위: 백만원)',
    '구분\t총사업비\t2025\t2026',
    '계(가대학)\t1,000\t200\t800',
    '국비\t800\t150\t650',
    '시비\t200\t50\t150',
    '계(나대학)\t900\t300\t600',
    '국비\t700\t250\t450',
    '시비\t200\t50\t150',
    '',
  ].join('\n'),
);

describe('a yearly table with a 계 group per part of an outline’s project', () => {
  it('is the whole project’s, each group named by its part, not by the last part’s item', () => {
    const names = [...new Set(report.lines.map((line) => line.project))];
    expect(names).toEqual(['해양 연구센터(MRC) (가대학)', '해양 연구센터(MRC) (나대학)']);
  });

  it('keeps each group’s own figures and funding', () => {
    const whole = report.lines.find(
      (line) => line.project.endsWith('(나대학)') && line.totalCost !== undefined,
    );
    expect([whole?.totalCost, whole?.funding]).toEqual([
      900_000_000,
      { national: 700_000_000, city: 200_000_000 },
    ]);
  });
});
