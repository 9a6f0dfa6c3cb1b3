/**
 * Money multiplications printed in the text (`2명*3.5백만원 = 70백만원`, `- 3명*12.8백만원*12개월` as
 * the only item under `ㅇ 인건비 : 100백만원`), in invented plans: multiplied out, and left alone
 * wherever the text does not make the product the figure it is compared with.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseReport } from '../../../shared/import';
import { moneyFormulas } from '../../../shared/audit/formula-text';
import type { Finding } from '../../../shared/model/report';

const cover = '2025년 주요업무 계획\n\n제301회 한빛구의회 정례회\n\n2024. 11.\n\n문화관광과\n\n';
const findingsOf = (lines: string[]) => parseReport(cover + lines.join('\n') + '\n').findings;
const errors = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');

describe('reading a printed multiplication', () => {
  it('reads the factors, the one money factor, the product and the result', () => {
    const [formula] = moneyFormulas('학예(연구)보조 공무직 2명*3.5백만원 = 70백만원');
    expect(formula).toMatchObject({
      text: '2명*3.5백만원 = 70백만원',
      product: 7_000_000,
      result: { won: 70_000_000, unit: '백만원' },
    });
    expect(formula!.factors.map((factor) => factor.text)).toEqual(['2명', '3.5백만원']);
    expect(moneyFormulas('검증(20만원×3,000명)')[0]!.product).toBe(600_000_000);
    expect(moneyFormulas('월 1,500천원 × 12개월 × 50%')[0]!.product).toBe(9_000_000);
  });

  it('leaves alone counts without money, two money factors and chains touching other operators', () => {
    for (const text of [
      '8만 어휘*5년=40만 어휘',
      '4시간*3세대*10지점=120시간',
      '3백만원×2백만원',
      '(3명+2명)×5백만원 = 25백만원',
      '2명×5백만원+3백만원',
      '2명*3.5백만원 = 약',
    ])
      expect(moneyFormulas(text)).toEqual([]);
  });
});

describe('formulas in a plan', () => {
  it('reports a formula whose printed result is not its product, with the factors written out', () => {
    const [finding, ...rest] = errors(
      findingsOf([' ㅇ 평가 운영: 70백만원', '  - 보조 인력 2명*3.5백만원 = 70백만원']),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'formula-mismatch',
      stated: 70_000_000,
      computed: 7_000_000,
      source: { line: 10 },
    });
    expect(finding!.arithmetic?.ko).toBe('2명 × 3.5백만원 = 7백만원 ≠ 70백만원');
  });

  it('checks the only item under an amount against that amount when it prints no result', () => {
    const plan = (formula: string) => [
      '□ 진단체계 개발: 2억원',
      ' ㅇ 인건비 : 100백만원',
      `  - 보조 인력 ${formula}`,
      ' ㅇ 운영비 : 100백만원',
    ];
    const [finding] = errors(findingsOf(plan('3명*12.8백만원*12개월')));
    expect(finding).toMatchObject({ stated: 100_000_000, computed: 460_800_000 });
    expect(finding!.cells?.[0]).toMatchObject({ rowLabel: '인건비', value: 100_000_000 });
    expect(errors(findingsOf(plan('3명*2.8백만원*12개월')))).toEqual([]);
    // one that costs less than the amount may be the only part spelled out: a warning saying so
    const short = findingsOf(plan('2명*2백만원*12개월'));
    expect(errors(short)).toEqual([]);
    const [warning] = short.filter((finding) => finding.code === 'formula-mismatch');
    expect(warning).toMatchObject({
      severity: 'warning',
      stated: 100_000_000,
      computed: 48_000_000,
    });
    expect(warning!.message.ko).toContain('다른 항목이 빠졌을 수 있습니다');
  });

  it('does not take a formula for the whole amount when it is one of several items or names a part', () => {
    const twoItems = [
      ' ㅇ 인건비 : 100백만원',
      '  - 보조 인력 3명*1.5백만원*12개월',
      '  - 강사료 46백만원',
    ];
    const aPart = [' ㅇ 인건비 : 100백만원', '  - 국비 3명*1.5백만원*12개월'];
    const approximate = [' ㅇ 인건비 : 100백만원', '  - 보조 인력 3명*1.5백만원*12개월 내외'];
    for (const text of [twoItems, aPart, approximate]) expect(errors(findingsOf(text))).toEqual([]);
  });

  it('accepts a result rounded or cut off to its printed unit', () => {
    expect(errors(findingsOf(['  - 강사 3명*1,234천원*12개월 = 44백만원']))).toEqual([]);
    expect(errors(findingsOf(['  - 강사 3명*1,290천원*12개월 = 46백만원']))).toEqual([]);
  });
});

describe('formulas on generated items', () => {
  const item = fc.record({
    people: fc.integer({ min: 1, max: 30 }),
    price: fc.integer({ min: 1, max: 999 }).map((tenths) => tenths / 10),
    months: fc.integer({ min: 1, max: 12 }),
    off: fc.integer({ min: 1, max: 50 }),
  });
  const product = (people: number, price: number, months: number) =>
    Math.round(people * price * months * 10) / 10;

  it('never reports an error on a formula whose result is its product', () => {
    fc.assert(
      fc.property(item, ({ people, price, months }) => {
        const result = product(people, price, months);
        const text = `  - 인력 ${people}명*${price.toFixed(1)}백만원*${months}개월 = ${result}백만원`;
        expect(errors(findingsOf([text]))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('always reports an error when the printed result is changed beyond the factors’ rounding', () => {
    fc.assert(
      fc.property(item, ({ people, price, months, off }) => {
        // 0.1백만원 may be anything from 0.05 to 0.15: the product is known to ±0.05 per unit counted
        const rounding = Math.ceil(people * months * 0.05 + 0.5);
        const result = product(people, price, months) + rounding + off;
        const text = `  - 인력 ${people}명*${price.toFixed(1)}백만원*${months}개월 = ${result}백만원`;
        expect(errors(findingsOf([text])).map((finding) => finding.code)).toEqual([
          'formula-mismatch',
        ]);
      }),
      { numRuns: 40 },
    );
  });
});
