import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

/** An invented bureau plan's cover: committee, date (with a time), year line, title, office. */
function cover(yearLine: string, title: string, date = '2031. 3. 4.(화) 14:00'): string {
  return [
    '해솔위원회',
    '',
    date,
    '',
    yearLine,
    '',
    title,
    '',
    '가람광역시 물빛정책국',
    '',
    'Ⅰ. 일반현황',
    '',
    '□ 물빛정원 조성 : 1,200백만원',
  ].join('\n');
}

describe('a cover that prints the year on its own line above the title', () => {
  it.each([
    ['2031년도', '주요 업무계획'],
    ['- 2031년도 -', '주 요 업 무 계 획'],
    ['(2031년)', '주요업무계획'],
    ['2031년', '업무보고'],
  ])('reads "%s" above "%s" as the title’s year', (yearLine, title) => {
    const report = parseReport(cover(yearLine, title));
    expect(report.document.title).toMatch(/^2031년도? /);
    expect(report.document.fiscalYears).toContain(2031);
    // the lines of a plan whose year the title states are that year's, never the clock's
    expect(report.lines.length).toBeGreaterThan(0);
    for (const line of report.lines) expect(line.fiscalYear).toBe(2031);
    expect(report.warnings.map((warning) => warning.message.ko).join('\n')).not.toMatch(
      /회계연도를 찾지 못한/,
    );
  });

  it('keeps a title that names its own year as it is', () => {
    const report = parseReport(cover('2030년도', '2031년 주요업무계획'));
    expect(report.document.title).toBe('2031년 주요업무계획');
    expect(report.document.fiscalYears).toContain(2031);
  });

  it('reads the cover date when a time follows it', () => {
    for (const date of ['2031. 3. 4.(화) 14:00', '2031. 3.4.(화).10:00', '2031. 3. 4.(화 )']) {
      const report = parseReport(cover('2031년도', '주요업무계획', date));
      expect(report.document.date).toBe(date);
    }
  });

  it('takes the issuing city from the office line that names it', () => {
    const report = parseReport(cover('2031년도', '주요업무계획'));
    expect(report.document).toMatchObject({
      organization: '가람광역시',
      bureau: '물빛정책국',
      kind: 'plan',
    });
  });
});
