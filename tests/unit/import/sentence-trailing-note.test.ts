import { describe, expect, it } from 'vitest';
import { sentenceAmounts } from '../../../shared/import/interpret/sentence-lines';

describe('a note after a mark at the end of a sentence', () => {
  it('does not hide the amount the sentence gives before it', () => {
    expect(
      sentenceAmounts('❖ 우수관로 정비(’38년 완료, L=120.5km, 2,310억원) * ‘25년 98.2km(81.5%)'),
    ).toEqual([{ name: '우수관로 정비', won: 231_000_000_000, unit: '억원', multiYear: {} }]);
  });

  it('stays part of the sentence when it holds money of its own', () => {
    const read = sentenceAmounts('❖ 우수관로 정비(’38년 완료, 2,310억원) ※ ’25년 예산(120억원)');
    expect(read.some((amount) => amount.won === 12_000_000_000)).toBe(true);
  });
});
