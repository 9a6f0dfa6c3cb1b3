/**
 * A headcount table printed in two halves side by side (`직급 | 정원 | 현원 | 과부족` twice), with one
 * 총계 row under both: invented grades and figures in the shape real work plans use.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import type { ParsedReport } from '../../../shared/model/report';

const COVER =
  '2025년 주요업무 계획\n\n제301회 한빛구의회 제2차 정례회\n\n2024. 11.\n\n복지정책과\n\n';
const errors = (report: ParsedReport) => report.findings.filter((f) => f.severity === 'error');

function halves(total: string, surplus = '△1'): ParsedReport {
  const lines = [
    '가. 인력현황',
    '(단위: 명)',
    '직급별\t정원\t현원\t과부족\t직급별\t정원\t현원\t과부족',
    '행정사무관\t2\t2\t\t행정주사\t3\t4\t1',
    '학예연구관\t1\t1\t\t행정주사보\t4\t2\t△2',
    '행정서기\t1\t-\t' + surplus + '\t운전서기\t1\t1\t',
    `총계\t\t\t\t\t${total}`,
  ];
  return parseReport(COVER + lines.join('\n') + '\n');
}

describe('a headcount table in two halves side by side', () => {
  const report = halves('12\t10\t△2');

  it('reads the right half’s grades after the left half’s, then the 총계 over both', () => {
    const rows = report.personnel.map((row) => [
      row.grade,
      row.department ?? '',
      row.authorized,
      row.current,
      row.surplus,
    ]);
    expect(rows).toEqual([
      ['행정사무관', '복지정책과', 2, 2, undefined],
      ['학예연구관', '복지정책과', 1, 1, undefined],
      ['행정서기', '복지정책과', 1, 0, -1],
      ['행정주사', '복지정책과', 3, 4, 1],
      ['행정주사보', '복지정책과', 4, 2, -2],
      ['운전서기', '복지정책과', 1, 1, undefined],
      ['계', '복지정책과', 12, 10, -2],
    ]);
  });

  it('finds the 총계 equal to the sum of both halves: no error', () => {
    expect(errors(report)).toEqual([]);
  });

  it('reports a 총계 that is not the sum of both halves', () => {
    const wrong = errors(halves('13\t10\t△3'));
    expect(wrong.map((f) => [f.code, f.stated, f.computed])).toEqual([
      ['personnel-total-mismatch', 13, 12],
    ]);
  });

  it('reports a row whose 과부족 is not 현원 − 정원, and not the 총계 that is right', () => {
    const wrong = errors(halves('12\t10\t△2', '1'));
    expect(wrong.map((f) => [f.code, f.stated, f.computed])).toEqual([
      ['personnel-surplus-mismatch', 1, -1],
    ]);
  });
});
