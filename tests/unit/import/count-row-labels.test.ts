/**
 * A table with no unit line whose rows say what they count (`전기버스(대)`, `분담률(%)`): counts,
 * never money assumed in 천원. Invented figures in the shape of a real bureau plan's bus table.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const COVER = ['2025년 주요업무 계획', '', '한빛시 교통국', ''];
const PROJECT = ['', '1. 교통 안전', '', '□ 사업개요', '- 사업비 : 1,000백만원(시비)', ''];

function read(rows: string[]) {
  return parseReport(
    [...COVER, '□ 친환경버스 도입 현황', '', '연도\t계\t’23\t’24\t’25', ...rows, ...PROJECT].join(
      '\n',
    ) + '\n',
  );
}

describe('a table whose row labels name what they count', () => {
  const consistent = [
    '합계\t60\t10\t20\t30',
    '시내버스(대)\t45\t5\t15\t25',
    '마을버스(대)\t15\t5\t5\t5',
  ];

  it('makes no budget line of the counts and does not assume 천원', () => {
    const report = read(consistent);
    expect(report.lines.filter((line) => /버스|합계/.test(line.project))).toEqual([]);
    expect(report.warnings.map((w) => w.message.ko).join('\n')).not.toContain(
      '천원으로 읽었습니다',
    );
  });

  it('reports a 계 that is not the sum of its years, in the rows’ own unit', () => {
    const report = read([
      '합계\t60\t10\t20\t30',
      '시내버스(대)\t45\t5\t15\t25',
      '마을버스(대)\t12\t5\t5\t5',
    ]);
    const finding = report.findings.find((f) => f.code === 'total-mismatch' && f.stated === 12);
    expect(finding).toMatchObject({ severity: 'error', computed: 15 });
    expect(finding?.message.ko).toContain('12대');
  });

  it('still reads a table as money when one row names no count', () => {
    const report = read([
      '합계\t60\t10\t20\t30',
      '시내버스(대)\t45\t5\t15\t25',
      '정비 예산\t15\t5\t5\t5',
    ]);
    expect(report.warnings.map((w) => w.message.ko).join('\n')).toContain('천원으로 읽었습니다');
  });

  it('makes no budget line of a table whose rows are the measures themselves (개소, 면적(㎢))', () => {
    const report = parseReport(
      [
        ...COVER,
        '□ 공원 현황',
        '',
        '구분\t소계\t근린공원\t어린이공원\t녹지',
        '개소\t1,200\t150\t450\t600',
        '면적(㎢)\t50.25\t40.5\t1.25\t8.5',
        ...PROJECT,
      ].join('\n') + '\n',
    );
    expect(report.lines.filter((line) => /개소|면적/.test(line.project))).toEqual([]);
    // the project's own statement is still read
    expect(report.lines.map((line) => line.project)).toContain('교통 안전');
  });
});
