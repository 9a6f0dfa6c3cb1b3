import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

// Invented: list items wrapped onto a second line, the figure on the second line.
const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '하천관리과',
    '',
    '1. 하구 보전',
    '',
    '□ 하구 체계적 보전·관리',
    'ㅇ (주요내용) 하구 관리계획 수립 및 모니터링',
    ' - 하구 관리기본계획 수립 : 대체습지 확보 및 사후관리와 민관 협의체',
    '   구성 및 탐방 거점 조성 방안 마련 등(’24.11.~’26.5., 12억원)',
    ' - 하구 생태계 모니터링 용역 실시(70백만원)',
    ' - 철새도래지 정화활동 지원을 위한 자원봉사 연계 및',
    '   시민참여 확대 운영(9백만원)',
    '',
  ].join('\n'),
);

const names = () => report.lines.map((line) => [line.project, line.totalCost ?? line.budget]);

describe('a figure on the second line of a wrapped list item', () => {
  it('is named by the label that opens the item, not by the words of its second line', () => {
    expect(names()[0]).toEqual(['하구 관리기본계획 수립', 1_200_000_000]);
  });

  it('is named by the whole item when the item opens with no label', () => {
    expect(names()[2]).toEqual([
      '철새도래지 정화활동 지원을 위한 자원봉사 연계 및 시민참여 확대 운영',
      9_000_000,
    ]);
  });

  it('leaves an item on one line as it was, and reads each figure once', () => {
    expect(names()[1]).toEqual(['하구 생태계 모니터링 용역 실시', 70_000_000]);
    expect(report.lines).toHaveLength(3);
  });
});
