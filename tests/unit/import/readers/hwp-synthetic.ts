/** An invented two-section HWP document exercising what the HWP reader must get right. */
import type { HwpDocumentSpec, HwpParagraph } from '../../../support/hwp-writer';

const p = (...pieces: HwpParagraph['pieces']): HwpParagraph => ({ pieces });
const cell = (
  row: number,
  col: number,
  text: string,
  span: { rowSpan?: number; colSpan?: number } = {},
) => ({
  row,
  col,
  ...span,
  paragraphs: text === '' ? [] : [p(text)],
});

export const SYNTHETIC_HWP: HwpDocumentSpec = {
  numbering: [
    { format: '^1.', shape: 0 },
    { format: '^2.', shape: 8 },
  ],
  bullets: ['\uf0a7'],
  shapes: ['none', { outline: 0 }, { bullet: 1 }],
  sections: [
    [
      p('2025년 새솔구 주요업무 계획'),
      p(),
      { pieces: ['일반현황'], shape: 1 },
      { pieces: ['예산 현황'], shape: 2 },
      p('(단위: 천원)'),
      p({
        table: {
          rows: 4,
          cols: 4,
          cells: [
            cell(0, 0, '구분', { rowSpan: 2 }),
            cell(0, 1, '예산', { colSpan: 2 }),
            cell(0, 3, '비고', { rowSpan: 2 }),
            cell(1, 1, '2024년'),
            cell(1, 2, '2025년'),
            cell(2, 0, '청년 일자리'),
            cell(2, 1, '1,200'),
            cell(2, 2, '1,500'),
            cell(2, 3, '****'),
            cell(3, 0, '합계'),
            cell(3, 1, '1,200'),
            cell(3, 2, '1,500'),
            {
              row: 3,
              col: 3,
              paragraphs: [
                p({
                  table: {
                    rows: 2,
                    cols: 2,
                    cells: [
                      cell(0, 0, '국비'),
                      cell(0, 1, '500'),
                      cell(1, 0, '구비'),
                      cell(1, 1, '1,000'),
                    ],
                  },
                }),
              ],
            },
          ],
        },
      }),
      // U+F02B1 (a number in a square, Hancom's private-use plane) as a surrogate pair
      p('\udb80\udeb1 청년 일자리 지원'),
      p({
        textBox: [
          p('사업비: 1,500천원'),
          p({
            table: {
              rows: 2,
              cols: 2,
              cells: [
                cell(0, 0, '항목'),
                cell(0, 1, '금액'),
                cell(1, 0, '인건비'),
                cell(1, 1, '700'),
              ],
            },
          }),
        ],
      }),
      p('본문 뒤 문장', { footnote: [p('주: 2025년은 본예산')] }),
    ],
    [
      { pieces: ['추진계획'], shape: 1 },
      p('□ 세부사업'),
      p({ table: { rows: 1, cols: 2, cells: [cell(0, 0, '3'), cell(0, 1, '향후 계획')] } }),
    ],
  ],
};

export const SYNTHETIC_TEXT = [
  '2025년 새솔구 주요업무 계획',
  '',
  '1. 일반현황',
  '▪ 예산 현황',
  '(단위: 천원)',
  '구분\t예산\t\t비고',
  '\t2024년\t2025년\t',
  '청년 일자리\t1,200\t1,500\t****',
  '합계\t1,200\t1,500\t',
  '국비\t500',
  '구비\t1,000',
  '① 청년 일자리 지원',
  '사업비: 1,500천원',
  '항목\t금액',
  '인건비\t700',
  '본문 뒤 문장',
  '주: 2025년은 본예산',
  '2. 추진계획',
  '□ 세부사업',
  '3\t향후 계획',
].join('\n');
