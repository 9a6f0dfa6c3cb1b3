import { describe, expect, it } from 'vitest';
import { parseTableUnit } from '../../../shared/money';

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
  ])('reads %s', (text, expected) => {
    expect(parseTableUnit(text)).toEqual(expected);
  });

  it.each([['(구단위계획형)'], ['동단위 계획형 사업'], ['예산 현황'], [''], ['(단위: )']])(
    'finds no unit in %j',
    (text) => {
      expect(parseTableUnit(text)).toBeNull();
    },
  );
});
