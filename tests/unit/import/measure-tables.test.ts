/**
 * Tables that state no money unit but say their figures are measures: a header's `(㎞)`,
 * `(개소)`; a `기준(단위)` column of `%`, `ppm`, `㎍/㎥`; rows labelled `(건수)` and `(횟수)` beside
 * one in `(억원)`. Read as 천원 they became budgets of a river's length or a pollutant's level.
 * Invented figures in the shapes of real bureau plans' 현황 pages.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const COVER = ['2025년 주요업무 계획', '', '한빛시 환경국', ''];
const PROJECT = ['', '1. 하천 정비', '', '□ 사업개요', '- 사업비 : 1,000백만원(시비)', ''];

function read(table: string[]) {
  return parseReport([...COVER, '□ 일반 현황', '', ...table, ...PROJECT].join('\n') + '\n');
}

function projects(table: string[]): string[] {
  return read(table).lines.map((line) => line.project);
}

describe('a table of measures with no money unit', () => {
  it('makes no budget line of a table whose every figure column names its measure (㎞, 개소)', () => {
    const report = read([
      // the sub-columns of `개수현황(㎞, 양안)`, as the PDF reader joins a two-row header
      '구분\t하천수 (개소)\t하천연장 (㎞)\t개수현황(㎞,양안)/계\t개수현황(㎞,양안)/개수',
      '계\t40\t210.5\t380.25\t200.25',
      '국가하천\t4\t60.25\t110.5\t100.5',
      '지방하천\t36\t150.25\t269.75\t99.75',
    ]);
    expect(report.lines.map((line) => line.project)).toEqual(['하천 정비']);
    expect(report.warnings.map((w) => w.message.ko).join('\n')).not.toContain(
      '천원으로 읽었습니다',
    );
  });

  it('still reads figures as money when one figure column names no measure', () => {
    expect(
      projects(['구분\t하천수 (개소)\t정비 예산', '국가하천\t4\t3,000', '지방하천\t36\t5,000']),
    ).toContain('지방하천');
  });

  it('still reads a table whose headers name money beside a measure', () => {
    expect(
      projects(['사업명\t사업량(개소)\t사업비\t국비', '꽃길 조성\t12\t3,000\t1,500']),
    ).toContain('꽃길 조성');
  });

  it('makes no budget line of indicators whose 기준(단위) column holds units of measure', () => {
    expect(
      projects([
        '구분\t항목\t기준(단위)\t2023년\t2024년\t2025년',
        '대기질\t미세먼지\t50㎍/㎥·년\t31\t25\t25',
        '\t일산화탄소\t9ppm/8h\t0.3\t0.3\t0.3',
        '폐기물\t재활용률\t%\t90.1\t91.2\t92.3',
        '\t발생량\tkg/일-인\t1.062\t1.047\t1.035',
      ]),
    ).toEqual(['하천 정비']);
  });

  it('still reads a 단위 column that says the figures are won', () => {
    expect(projects(['구분\t단위\t2024년\t2025년', '정비 예산\t천원\t3,000\t5,000'])).toContain(
      '정비 예산',
    );
  });

  it('makes no budget line of rows labelled with counts beside a row in its own money unit', () => {
    expect(
      projects([
        '구분\t계\t2023년도\t2024년도',
        '사업수(건수)\t210\t95\t115',
        '재결액(억원)\t2,400\t950\t1,450',
        '회의 개최(횟수)\t20\t10\t10',
      ]),
    ).toEqual(['하천 정비']);
  });

  it('makes no budget line of 0 from the dashes of a table whose figures say what they count', () => {
    expect(
      projects([
        '연도\t‘19년\t‘20년\t‘21년\t누적',
        '원시 자료\t0.3억 어절\t1.2억 어절\t1.5억 어절\t3억 어절',
        '분석 자료\t-\t6종\t8종\t14종',
        '자료 공개\t-\t-\t10종 2억어절\t-',
      ]),
    ).toEqual(['하천 정비']);
  });

  it('still reads figures as money when a cell of the table is a bare figure', () => {
    expect(
      projects(['연도\t2024년\t2025년', '분석 자료\t6종\t8종', '구축 예산\t300\t500']),
    ).toContain('구축 예산');
  });
});
