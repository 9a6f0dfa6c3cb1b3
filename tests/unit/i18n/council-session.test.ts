import { describe, expect, it } from 'vitest';
import { councilAndSession } from '../../../renderer/src/i18n/council-session';
import { unitName } from '../../../renderer/src/i18n/unit-name';

describe('councilAndSession', () => {
  it('names the council once when the session line already contains it', () => {
    expect(councilAndSession('한빛구의회', '제312회 한빛구의회 제2차 정례회')).toBe(
      '제312회 한빛구의회 제2차 정례회',
    );
  });

  it('puts the council before a session line that does not name it', () => {
    expect(councilAndSession('한빛구의회', '제312회 제2차 정례회', ' · ')).toBe(
      '한빛구의회 · 제312회 제2차 정례회',
    );
  });

  it('gives whichever part is known, or nothing', () => {
    expect(councilAndSession(undefined, '제312회 정례회')).toBe('제312회 정례회');
    expect(councilAndSession('한빛구의회', undefined)).toBe('한빛구의회');
    expect(councilAndSession(undefined, undefined)).toBe('');
  });
});

describe('unitName', () => {
  it('keeps the Korean unit in Korean and spells it out in English', () => {
    expect(unitName('천원')).toEqual({ ko: '천원', en: 'KRW 1,000' });
    expect(unitName('억원').en).toBe('KRW 100M');
  });
});
