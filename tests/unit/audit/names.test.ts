import { describe, expect, it } from 'vitest';
import { auditNames } from '../../../shared/audit';
import { name } from '../../fixtures/audit/build';

describe('funding name rule', () => {
  it('warns that 사비 is probably 시비', () => {
    const findings = auditNames([name('funding', '사비', 7)]);
    expect(findings).toMatchObject([
      { severity: 'warning', code: 'name-typo-funding', source: { line: 7 } },
    ]);
    expect(findings[0]?.message.ko).toBe("재원 '사비'는 '시비'의 오타로 보입니다");
  });

  it.each([
    ['국비'],
    ['시비'],
    ['도비'],
    ['구·군비'],
    ['구 비'],
    ['특교금'],
    ['기금'],
    ['시·구비'],
    ['특별회계'],
    ['민간자본'],
  ])('accepts %j', (text) => {
    expect(auditNames([name('funding', text, 1)])).toEqual([]);
  });
});

describe('department name rule', () => {
  it('points at the rarer of two spellings one syllable apart', () => {
    const findings = auditNames([
      name('department', '시민숙의예산담당관', 3),
      name('department', '시민속의예산담당관', 9),
      name('department', '시민숙의예산담당관', 12),
    ]);
    expect(findings).toMatchObject([
      { severity: 'warning', code: 'name-typo-department', source: { line: 9 } },
    ]);
    expect(findings[0]?.message.ko).toContain("'시민숙의예산담당관'(2회)");
  });

  it.each([
    ['건축과', '건설과'],
    ['복지1과', '복지2과'],
    ['공원녹지과', '공원녹지팀'],
    ['자치행정과', '자치안전과'],
  ])('does not confuse %s with %s', (a, b) => {
    expect(auditNames([name('department', a, 1), name('department', b, 2)])).toEqual([]);
  });

  it('does not compare funding names with department names', () => {
    expect(
      auditNames([
        name('department', '시민숙의예산담당관', 1),
        name('funding', '시민속의예산담당관', 2),
      ]),
    ).toHaveLength(0);
  });
});
