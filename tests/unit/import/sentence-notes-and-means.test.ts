import { describe, expect, it } from 'vitest';
import { sentenceAmounts } from '../../../shared/import/interpret/sentence-lines';

// Invented sentences of the family: an amount in parentheses with a note on who else pays, and a
// piece whose words open with the means it is got by.
describe('an amount in parentheses followed by a note on another body’s share', () => {
  it('is the piece’s cost, the share note left out', () => {
    expect(
      sentenceAmounts('- 초등학교 체육관 건립비 지원(3개교, 12억원 교육청 분담 40~60%)'),
    ).toEqual([{ name: '초등학교 체육관 건립비 지원', won: 1_200_000_000, unit: '억원' }]);
  });

  it('is still no cost when the words after it make it a limit', () => {
    expect(sentenceAmounts('- 창업 공간 임차료 지원(5억원 이내 지원 비율 50%)')).toEqual([]);
  });

  it('is no cost when a share follows it without saying whose', () => {
    expect(sentenceAmounts('- 노후 보일러 교체 지원(2억원 30%)')).toEqual([]);
  });
});

describe('a piece named after the means it is got by (`…을 통한`)', () => {
  it('is named by the thing done, not the means', () => {
    expect(sentenceAmounts('- 민간 공모를 통한 과학특화 작은도서관 조성(과학마을, 8억)')).toEqual([
      { name: '과학특화 작은도서관 조성', won: 800_000_000, unit: '억원' },
    ]);
  });

  it('keeps its whole name when too little follows the means', () => {
    const [read] = sentenceAmounts('- 협약을 통한 지원(3억원)');
    expect(read?.name).toBe('협약을 통한 지원');
  });
});
