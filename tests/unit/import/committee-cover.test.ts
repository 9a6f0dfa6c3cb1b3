import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { readFixture } from './fixtures';

describe('a cover naming the council committee above the office (committee-cover-*.txt)', () => {
  const report = parseReport(readFixture('committee-cover-2026-plan.txt'));

  it('takes the office under the committee line as the writer, and its city from the council', () => {
    expect(report.document).toMatchObject({
      council: '새별시의회',
      organization: '새별시',
      bureau: '문화관광국',
      department: '관광정책과',
      kind: 'plan',
      fiscalYears: [2025, 2026],
    });
  });

  it('keeps a body named 위원회 as the writer when the cover names no other office', () => {
    const own = parseReport(
      [
        '2025년 주요업무 보고',
        '',
        '한결시의회 제301회 정례회',
        '',
        '시민참여위원회',
        '',
        '2025. 6.',
      ].join('\n'),
    );
    expect(own.document).toMatchObject({ bureau: '시민참여위원회', organization: '한결시' });
  });
});
