/**
 * Items listed with their own amounts under a heading that states an amount (`1. …(57억원)` › `□ …
 * (3,180백만원)`) are that heading's sub-lines, so the heading is counted once in any total.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const cover = '2025년 주요업무 계획\n\n제301회 한빛구의회 정례회\n\n2024. 11.\n\n문화관광과\n\n';
const read = (lines: string[]) => parseReport(cover + lines.join('\n') + '\n');

describe('outline items under a heading with an amount', () => {
  it('become sub-lines of the heading, whether or not they add up to it', () => {
    for (const heading of ['5,767백만원', '57억원']) {
      const { lines } = read([
        `1. 문화 기반 확충(${heading})`,
        '',
        '□ 도서관 건립(3,180백만원)',
        ' ㅇ 세부 추진 내용',
        '□ 공연장 운영(2,587백만원)',
        ' ㅇ 세부 추진 내용',
      ]);
      const parent = lines.find((line) => line.project === '문화 기반 확충');
      expect(parent?.parentKey).toBeUndefined();
      const items = lines.filter((line) => line.project !== '문화 기반 확충');
      expect(items.map((line) => [line.project, line.budget])).toEqual([
        ['도서관 건립', 3_180_000_000],
        ['공연장 운영', 2_587_000_000],
      ]);
      for (const item of items) expect(item.parentKey).toBe(parent!.key);
    }
  });

  it('are left on their own when one of them states no amount', () => {
    const { lines } = read([
      '1. 문화 기반 확충(5,767백만원)',
      '',
      '□ 도서관 건립(3,180백만원)',
      '□ 공연장 운영',
      '□ 축제 개최(2,587백만원)',
    ]);
    expect(lines.filter((line) => line.parentKey !== undefined)).toEqual([]);
  });
});
