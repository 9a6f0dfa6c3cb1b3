/**
 * Notes printed right under a table reach the audit with it: an invented count table and its `*`
 * note, read from text as a real bureau plan prints them.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const COVER = '2025년 주요업무 계획\n\n한빛시 교통국\n\n';

function report(note: string) {
  return parseReport(
    COVER +
      [
        'Ⅰ. 기본현황',
        '□ 등록 차량',
        '(단위: 대)',
        '계\t가형\t나형',
        '200,000\t120,000\t80,000',
        note,
        '□ 다음 현황',
      ].join('\n') +
      '\n',
  );
}

const rateErrors = (parsed: ReturnType<typeof report>) =>
  parsed.findings
    .filter((f) => f.code === 'rate-mismatch')
    .map((f) => [f.severity, f.stated, f.computed]);

describe('a note under a table, read from a text report', () => {
  it('raises nothing when its rate is the table’s 계 against the earlier figure', () => {
    expect(rateErrors(report('* 2023년 190,000대 대비 5.26% 증가'))).toEqual([]);
  });

  it('reports a rate the 계 does not give, at the note’s line', () => {
    const parsed = report('* 2023년 190,000대 대비 2.63% 증가');
    expect(rateErrors(parsed)).toEqual([['error', 2.63, 5.2632]]);
    const finding = parsed.findings.find((f) => f.code === 'rate-mismatch');
    expect(finding?.source.text).toContain('190,000대 대비');
  });

  it('does not take an ordinary sentence after the table for a note', () => {
    expect(rateErrors(report('ㅇ 2023년 190,000대 대비 2.63% 증가 추진'))).toEqual([]);
  });
});
