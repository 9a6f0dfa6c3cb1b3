/**
 * A plan whose font maps its Roman numerals to letters prints its top sections as `a. 기본현황`,
 * `b. 2024년 주요 성과`, `c. 정책환경 및 대응방향`: `b.` opens last year's results (what was done
 * and spent), `c.` returns to the year the plan is for, as `Ⅱ.` and `Ⅲ.` do. Invented figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

function read(results: string) {
  return parseReport(
    [
      '2025년 주요업무 계획',
      '',
      '한빛시 환경국',
      '',
      'a. 기본현황',
      '',
      '□ 조직',
      '',
      results,
      '',
      '□ 생태공원 정비',
      'ㅇ 보행데크 정비 ▹2.5억원, 목재데크 L=260m',
      'ㅇ 탐방로 연결 공사 ▹8억원, ’22.∼’24. 탐방로 L=300m',
      '',
      'c. 정책환경 및 대응방향',
      '',
      '□ 기후 대응 강화',
      'ㅇ 사업비 : 300백만원(시비)',
      '',
    ].join('\n') + '\n',
  );
}

function figures(results: string) {
  return read(results).lines.map(({ project, fiscalYear, requiredBudget, spent }) => ({
    project,
    fiscalYear,
    ...(requiredBudget !== undefined ? { requiredBudget } : {}),
    ...(spent !== undefined ? { spent } : {}),
  }));
}

describe('top sections numbered by letters', () => {
  it('reads the figures under `b. 2024년 주요 성과` as what was spent in 2024', () => {
    expect(figures('b. 2024년 주요 성과')).toEqual([
      { project: '보행데크 정비', fiscalYear: 2024, spent: 250_000_000 },
      { project: '탐방로 연결 공사', fiscalYear: 2024, spent: 800_000_000 },
      { project: '기후 대응 강화', fiscalYear: 2025, requiredBudget: 300_000_000 },
    ]);
  });

  it('reads them as the plan year’s when the lettered title names no year or results', () => {
    expect(figures('b. 생태공원 관리').map((line) => line.fiscalYear)).toEqual([2025, 2025, 2025]);
  });
});
