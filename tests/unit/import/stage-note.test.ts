import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { readStageNote } from '../../../shared/import/interpret/stage-note';

describe('a note that splits a statement’s amount into stages', () => {
  it('becomes the statement’s child lines when the stages add up to it', () => {
    const report = parseReport(
      [
        '2025년 주요업무 계획',
        '',
        '제301회 한빛시의회 정례회',
        '',
        '하천관리과',
        '',
        '1. 하구 환경관리계획 수립',
        'ㅇ 사 업 비: 980백만원(시비) * 1차(4개월) 180백만원, 2차(12개월) 800백만원',
        '',
      ].join('\n'),
    );
    const parent = report.lines.find((line) => line.requiredBudget === 980_000_000);
    const children = report.lines
      .filter((line) => line.parentKey === parent?.key)
      .map((line) => [line.project, line.requiredBudget]);
    expect(children).toEqual([
      ['1차', 180_000_000],
      ['2차', 800_000_000],
    ]);
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it.each([
    ['* 1단계 120억원, 2단계(’27~) 80억원', 20_000_000_000, 2],
    ['※ 1단계 120억원, 2단계 80억원', 21_000_000_000, 0],
    ['* 1차 246백만원', 246_000_000, 0],
    ['1차 120억원, 2차 80억원', 20_000_000_000, 0],
    ['* 설계 용역 발주, 2차 80억원', 8_000_000_000, 0],
  ])('reads %s (total %d) as %d stages', (note, whole, count) => {
    expect(readStageNote(` ${note}`, whole)).toHaveLength(count);
  });
});
