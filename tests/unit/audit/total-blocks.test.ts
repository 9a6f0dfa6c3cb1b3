import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const cover = '2025년 주요업무 계획\n\n제301회 한빛구의회 정례회\n\n2024. 11.\n\n통계담당관\n\n';
const errors = (text: string) =>
  parseReport(cover + text).findings.filter((finding) => finding.severity === 'error');

describe('tables with several 합계 rows and tables of row shares', () => {
  it('checks each 합계 against its own block of rows, not the whole table', () => {
    const table = [
      '(단위: 개)',
      '연도\t구분\t가형\t나형',
      '2023\t갑\t3\t4',
      '\t을\t5\t6',
      '\t합계\t8\t10',
      '2024\t갑\t7\t1',
      '\t을\t2\t2',
      '\t합계\t9\t3',
      '',
    ].join('\n');
    expect(errors(table)).toEqual([]);
    expect(errors(table.replace('\t합계\t9\t3', '\t합계\t9\t4'))).toHaveLength(1);
  });

  it('never sums shares when every row adds up to 100 across', () => {
    const table = [
      '(단위: %)',
      '규모\t소형\t대형\t합계',
      '갑\t40.0\t60.0\t100.0',
      '을\t10.0\t90.0\t100.0',
      '병\t30.0\t70.0\t100.0',
      '합계\t25.0\t75.0\t100.0',
      '',
    ].join('\n');
    expect(errors(table)).toEqual([]);
  });

  it('reads a row of years under merged labels as the header, not as figures', () => {
    const table = [
      '(단위: 개)',
      '구분\t산업수\t\t출하액\t',
      '\t2016\t2017\t2016\t2017',
      '갑\t20\t21\t110\t115',
      '을\t10\t11\t17\t22',
      '합계\t30\t32\t127\t137',
      '',
    ].join('\n');
    expect(errors(table)).toEqual([]);
  });
});
