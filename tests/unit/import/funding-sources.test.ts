import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { guessRole } from '../../../shared/import/interpret/column-roles';
import { fundingSourceOf } from '../../../shared/import/interpret/names';

const cover = (council: string) =>
  `2025년 주요업무 계획\n\n제300회 ${council} 정례회\n\n2024. 11.\n\n도시재생과\n\n`;

const fundingOf = (council: string, statement: string) => {
  const report = parseReport(`${cover(council)}1. 마을 정비\n\n ○ ${statement}\n`);
  return report.lines.find((line) => line.project === '마을 정비')?.funding;
};

describe('funding sources go where the document’s own word says', () => {
  it.each([
    ['국비', 'national'],
    ['국고', 'national'],
    ['시비', 'city'],
    ['도비', 'province'],
    ['구비', 'district'],
    ['군비', 'district'],
    ['기금', 'fund'],
    ['특교금', 'specialGrant'],
    ['특별조정교부금', 'specialGrant'],
    ['자부담', 'other'],
    ['민자', 'other'],
  ])('files %s under %s', (word, source) => {
    expect(fundingSourceOf(word)).toEqual({ source, guessed: false });
  });

  it('keeps 시비 as city money in a 구의회, a 시의회 and a 도의회 report alike', () => {
    const statement = '사업비: 100천원(국비 50, 도비 20, 시비 30)';
    const expected = { national: 50_000, province: 20_000, city: 30_000 };
    expect(fundingOf('다온구의회', statement)).toEqual(expected);
    expect(fundingOf('새솔시의회', statement)).toEqual(expected);
    expect(fundingOf('푸른도의회', statement)).toEqual(expected);
  });

  it('reads a 시의회 statement with 시비 alone as city money, not as 구·군비', () => {
    expect(fundingOf('새솔시의회', '사업비: 100천원(시비)')).toEqual({ city: 100_000 });
  });

  it('reads 구비 and 군비 as the basic local government’s own money', () => {
    expect(fundingOf('다온구의회', '사업비: 100천원(시비 40, 구비 60)')).toEqual({
      city: 40_000,
      district: 60_000,
    });
    expect(fundingOf('푸른군의회', '사업비: 100천원(도비 30, 군비 70)')).toEqual({
      province: 30_000,
      district: 70_000,
    });
  });

  it('gives each funding column its own role, 도비 apart from 시비', () => {
    expect(
      ['국비', '시비', '도비', '구비', '군비', '기금', '특교금'].map((l) => guessRole(l).role),
    ).toEqual([
      'funding:national',
      'funding:city',
      'funding:province',
      'funding:district',
      'funding:district',
      'funding:fund',
      'funding:specialGrant',
    ]);
  });

  it('reads a 국비 | 도비 | 시비 | 구비 table into four separate parts and flags no typo', () => {
    const report = parseReport(
      cover('다온구의회') +
        [
          '□ 사업별 예산',
          '(단위: 백만원)',
          '사업명\t계\t국비\t도비\t시비\t구비',
          '합계\t100\t40\t10\t20\t30',
          '빈집 정비\t100\t40\t10\t20\t30',
        ].join('\n'),
    );
    expect(report.lines.find((line) => line.project === '빈집 정비')?.funding).toEqual({
      national: 40_000_000,
      province: 10_000_000,
      city: 20_000_000,
      district: 30_000_000,
    });
    expect(report.findings.filter((f) => f.code === 'name-typo-funding')).toEqual([]);
  });
});
