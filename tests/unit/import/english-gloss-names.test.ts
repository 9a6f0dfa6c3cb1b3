import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

// Invented: outlines whose 사업명 field spells the name out in English after the Korean.
const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    'Ⅲ. 2025년 주요업무 계획',
    '',
    '1. 해양 바이오 거점 조성',
    '❖ 사업명 : 해양바이오 선도센터(Marine Bio Leading Center)',
    '❖ 총사업비 : 120억원(국비 100, 시비 20)',
    '',
    '2. 로봇 실증 지원',
    '❖ 사업명 : 로봇 실증센터(K-ROBOT)',
    '❖ 총사업비 : 45억원(국비 30, 시비 15)',
    '',
  ].join('\n'),
);

describe('a project named by a 사업명 field with an English rendering in parentheses', () => {
  it('takes the Korean name, without the English words', () => {
    expect(report.lines.map((line) => [line.project, line.totalCost])).toEqual([
      ['해양바이오 선도센터', 12_000_000_000],
      ['로봇 실증센터(K-ROBOT)', 4_500_000_000],
    ]);
  });
});
