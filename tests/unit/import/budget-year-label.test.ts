import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { parseBlocksDetailed } from '../../../shared/import/parse-report';
import { readDocument } from '../../../shared/import/readers';
import { readHwp } from '../../../shared/import/readers/hwp/hwp-reader';
import { budgetYearLabel } from '../../../shared/import/interpret/year-label';
import type { HwpParagraph } from '../../support/hwp-writer';
import { writeHwp } from '../../support/hwp-writer';

const yearsOf = (lines: { project: string; fiscalYear: number; budget?: number }[]) =>
  lines.map((line) => [line.project, line.fiscalYear, line.budget]);

describe('a label giving the year of the budget items under it (invented)', () => {
  it('knows the label in its spellings, and nothing else', () => {
    expect(budgetYearLabel('※ 2023년 예산 세부 내역')).toBe(2023);
    expect(budgetYearLabel('’23년 소요예산 내역')).toBe(2023);
    expect(budgetYearLabel('2024년도 예산')).toBe(2024);
    expect(budgetYearLabel('2022년 예산 현황')).toBeUndefined();
    expect(budgetYearLabel('2023년 예산 : 5억원')).toBeUndefined();
    expect(budgetYearLabel('2023년 주요업무 계획')).toBeUndefined();
  });

  it('reads the items under the label as that year’s, until the next numbered heading', () => {
    const report = parseReport(
      [
        '2022년 가상원 업무계획',
        '',
        '1. 별빛 도서관 건립(10억원)',
        ' ㅇ 도서관 건립',
        '',
        '※ 2023년 예산 세부 내역',
        '□ 별빛 도서관 운영 : 5억원',
        ' ㅇ 인건비 : 200백만원',
        ' ㅇ 운영비 : 300백만원',
        '',
        '2. 달빛 체육관 보수(3억원)',
        ' ㅇ 체육관 보수',
        '□ 은빛 쉼터 조성 : 2억원',
      ].join('\n'),
    );
    expect(yearsOf(report.lines)).toEqual([
      ['별빛 도서관 건립', 2022, 1_000_000_000],
      ['별빛 도서관 운영', 2023, 500_000_000],
      ['인건비', 2023, 200_000_000],
      ['운영비', 2023, 300_000_000],
      ['달빛 체육관 보수', 2022, 300_000_000],
      ['은빛 쉼터 조성', 2022, 200_000_000],
    ]);
    expect(report.document.fiscalYears).toContain(2023);
  });

  it('holds for the box the label is written in (an HWP table cell), not after it', async () => {
    const p = (text: string): HwpParagraph => ({ pieces: [text] });
    const bytes = writeHwp({
      sections: [
        [
          p('2022년 가상원 업무계획'),
          p('□ 별빛 도서관 건립(10억원)'),
          p(' ㅇ 도서관 건립'),
          {
            pieces: [
              {
                table: {
                  rows: 1,
                  cols: 1,
                  cells: [
                    {
                      row: 0,
                      col: 0,
                      paragraphs: [
                        p('※ 2023년 예산 세부 내역'),
                        p('□ 별빛 도서관 운영 : 5억원'),
                        p(' ㅇ 인건비 : 200백만원'),
                      ],
                    },
                  ],
                },
              },
            ],
          },
          p('□ 은빛 쉼터 조성(2억원)'),
          p(' ㅇ 쉼터 조성'),
        ],
      ],
    });
    const read = await readDocument(bytes, {}, { hwp: readHwp });
    const report = parseBlocksDetailed(read.blocks, 'box', { fileName: 'x.hwp' }).report;
    expect(yearsOf(report.lines)).toEqual([
      ['별빛 도서관 건립', 2022, 1_000_000_000],
      ['별빛 도서관 운영', 2023, 500_000_000],
      ['인건비', 2023, 200_000_000],
      ['은빛 쉼터 조성', 2022, 200_000_000],
    ]);
  });
});
