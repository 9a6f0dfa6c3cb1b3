import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

// Invented: a plan's items listed under `ㅇ (topic) …`, each with its particulars after an arrow.
const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '생태보전과',
    '',
    '1. 생태계 보전을 통한 자연환경 조성',
    '',
    'ㅇ (물새서식지 보전) 하구 물새도래지 기능 보완',
    '  - 물새먹이터 조성(유채, 보리 파종) ▹공원내 120,000㎡, 먹이공급 12톤, 3억원',
    '  - 물새쉼터 조성(연못, 식물 식재) ▹ 한빛공원 A=20,000㎡, 1.5억원',
    'ㅇ (겨울철 먹이주기) 먹이부족 해소',
    '  - 볏짚 20톤, 옥수수 5톤 공급 ▹1~2월, 11~12월, 8천만원',
    'ㅇ (습지 복원) 습지 기능 강화',
    '  - 습지 정비(갈대 제거) ▹ 9개소, 2억원(국 1억, 시 1억)',
    '',
  ].join('\n'),
);

const read = () =>
  report.lines.map((line) => [line.project, line.requiredBudget ?? line.budget, line.funding]);

describe('an item with its particulars after an arrow (`- 물새먹이터 조성 ▹…, 3억원`)', () => {
  it('takes the amount that ends the particulars, after the last comma', () => {
    expect(read().slice(0, 2)).toEqual([
      ['물새먹이터 조성(유채, 보리 파종)', 300_000_000, undefined],
      ['물새쉼터 조성(연못, 식물 식재)', 150_000_000, undefined],
    ]);
  });

  it('names a line of quantities bought after the topic the item above names in parentheses', () => {
    expect(read()[2]).toEqual(['겨울철 먹이주기', 80_000_000, undefined]);
  });

  it('keeps the item’s own name when it names a piece of work, with its funding', () => {
    expect(read()[3]).toEqual([
      '습지 정비(갈대 제거)',
      200_000_000,
      { national: 100_000_000, city: 100_000_000 },
    ]);
    expect(report.lines).toHaveLength(4);
  });
});
