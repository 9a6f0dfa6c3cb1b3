import { describe, expect, it } from 'vitest';
import { declaresUnit, parseTableUnit } from '../../../shared/money';

describe('parseTableUnit', () => {
  it.each([
    ['(단위: 천원)', { kind: 'money', unit: '천원' }],
    ['(단위 : 천원, %)', { kind: 'money', unit: '천원' }],
    ['(단위:백만원)', { kind: 'money', unit: '백만원' }],
    ["('20. 9.30. 기준, 단위:천원, %)", { kind: 'money', unit: '천원' }],
    ['(‘20. 9.30. 기준, 단위:천원, %)', { kind: 'money', unit: '천원' }],
    ["(단위 : 천원, '20.9.30. 기준)", { kind: 'money', unit: '천원' }],
    ['(단위: 원)', { kind: 'money', unit: '원' }],
    ['(단위: 억원)', { kind: 'money', unit: '억원' }],
    ['(단위： 천 원)', { kind: 'money', unit: '천원' }],
    ['단위 천원', { kind: 'money', unit: '천원' }],
    ['(단위: 천원/%)', { kind: 'money', unit: '천원' }],
    ['(단위: 명)', { kind: 'count', label: '명' }],
    ['(단위: 건)', { kind: 'count', label: '건' }],
    ['(단위: 권)', { kind: 'count', label: '권' }],
    ['(단위: 명/세대)', { kind: 'count', label: '명/세대' }],
    ['(단위 : 건, 누계/일평균)', { kind: 'count', label: '건' }],
    ['(단위: 개/명)', { kind: 'count', label: '개/명' }],
    ['(단위: %)', { kind: 'count', label: '%' }],
    ['(단위: 만원)', { kind: 'unknown' }],
    ['(단위: 십억원)', { kind: 'money', unit: '십억원' }],
    ['단위 : 십억원', { kind: 'money', unit: '십억원' }],
    ['단위 십억원', { kind: 'money', unit: '십억원' }],
    ['(단위: 십억 원, %)', { kind: 'money', unit: '십억원' }],
    ['[십억원]', { kind: 'money', unit: '십억원' }],
    ['［십억원］', { kind: 'money', unit: '십억원' }],
    ['(백만원)', { kind: 'money', unit: '백만원' }],
    ['(단위: 조원)', { kind: 'money', unit: '조원' }],
  ])('reads %s', (text, expected) => {
    expect(parseTableUnit(text)).toEqual(expected);
  });

  it.each([
    ['(구단위계획형)'],
    ['동단위 계획형 사업'],
    ['예산 현황'],
    [''],
    ['(단위: )'],
    ['예산 [십억원] 현황'],
    ['(십억원 이상 사업)'],
  ])('finds no unit in %j', (text) => {
    expect(parseTableUnit(text)).toBeNull();
  });
});

describe('declaresUnit', () => {
  it.each([['(단위: 십억원)'], ['단위 : 천원'], ['[십억원]'], ['(백만원)']])(
    'takes %j for a unit line',
    (text) => {
      expect(declaresUnit(text)).toBe(true);
    },
  );

  it.each([['(명)'], ['통합재정 수지'], ['[참고] 십억원 단위 통계']])(
    'does not take %j for a unit line',
    (text) => {
      expect(declaresUnit(text)).toBe(false);
    },
  );
});
