import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const report = (...lines: string[]) =>
  parseReport(['2022년 가상원 업무계획', '', ...lines].join('\n'));

describe('an amount laid out below in stages with costs of their own (invented)', () => {
  it('reads 총80억원 over < 1단계(’23년~’25년) 50억원 > as the whole cost, not the year’s budget', () => {
    const [line] = report(
      '□ 주요 내용',
      ' ㅇ 별빛 진단체계 개발 : 총80억원',
      '  < 1단계(’23년~’25년) 50억원 >',
      '  - 쓰기 능력 조사',
      '  < 2단계(’26~’27년) 30억원 >',
    ).lines;
    expect([line?.project, line?.budget, line?.totalCost]).toEqual([
      '별빛 진단체계 개발',
      undefined,
      8_000_000_000,
    ]);
  });

  it('keeps the year’s budget when the line below only mentions a past stage without a cost', () => {
    const [line] = report(' ㅇ 달빛 체계 개발 : 20억원', '  - 1단계 조사 완료(’20~’21)').lines;
    expect([line?.project, line?.budget, line?.totalCost]).toEqual([
      '달빛 체계 개발',
      2_000_000_000,
      undefined,
    ]);
  });
});
