/**
 * A heading or item that states an amount over the items listed under it (`1. …(57억원)` › `□ …
 * (3,180백만원)`), in invented work plans of the family: checked at the heading's printed precision,
 * a unit slip named as one, and nothing added up where the outline does not make the parts certain.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseReport } from '../../../shared/import';
import type { Finding } from '../../../shared/model/report';

const cover = '2025년 주요업무 계획\n\n제301회 한빛구의회 정례회\n\n2024. 11.\n\n문화관광과\n\n';
const findingsOf = (lines: string[]) => parseReport(cover + lines.join('\n') + '\n').findings;
const errors = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');

const part = (title: string, amount: string, items: [string, string][]) => [
  `${title}(${amount})`,
  '',
  ...items.flatMap(([name, figure]) => [`□ ${name}(${figure})`, ' ㅇ 세부 추진 내용']),
  '',
];

describe('an amount stated over the items listed under it', () => {
  it('finds nothing where a heading is its items’ sum, exactly or rounded to its precision', () => {
    const findings = findingsOf([
      'Ⅲ. 주요업무 추진계획',
      '',
      ...part('1. 문화 기반 확충', '5,767백만원', [
        ['도서관 건립', '3,180백만원'],
        ['공연장 운영', '2,587백만원'],
      ]),
      ...part('2. 관광 활성화', '12.5억원', [
        ['관광 안내', '233백만원'],
        ['관광 홍보', '1,012백만원'],
      ]),
      ...part('3. 체육 진흥', '49억원', [
        ['생활체육', '3,286백만원'],
        ['체육시설', '1,618백만원'],
      ]),
    ]);
    expect(errors(findings)).toEqual([]);
  });

  it('reports a heading whose items add up to more than it, naming every item and the sum', () => {
    const [finding, ...rest] = errors(
      findingsOf([
        ...part('1. 문화 기반 확충', '5,700백만원', [
          ['도서관 건립', '3,180백만원'],
          ['공연장 운영', '2,587백만원'],
        ]),
      ]),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'total-mismatch',
      stated: 5_700_000_000,
      computed: 5_767_000_000,
    });
    expect(finding!.cells?.map((cell) => cell.value)).toEqual([
      5_700_000_000, 3_180_000_000, 2_587_000_000,
    ]);
    expect(finding!.arithmetic?.ko).toBe(
      '도서관 건립 3,180백만원 + 공연장 운영 2,587백만원 = 5,767백만원 ≠ 문화 기반 확충 5,700백만원 (차이 67백만원)',
    );
  });

  it('only warns where the items add up to less than their heading, since some may not be listed', () => {
    const findings = findingsOf(
      part('1. 문화 기반 확충', '5,800백만원', [
        ['도서관 건립', '3,180백만원'],
        ['공연장 운영', '2,587백만원'],
      ]),
    );
    expect(errors(findings)).toEqual([]);
    const [warning, ...rest] = findings.filter((finding) => finding.code === 'total-mismatch');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', stated: 5_800_000_000 });
    expect(warning!.message.ko).toContain('빠진 항목이 있을 수 있습니다');
  });

  it('names a unit slip when the items’ digits add up to the heading’s in a smaller unit', () => {
    const [finding] = errors(
      findingsOf(
        part('2. 사전 기능 강화', '12.03억원', [
          ['표준 사전 정비', '2.15백만원'],
          ['참여 사전 개선', '9.88백만원'],
        ]),
      ),
    );
    expect(finding).toMatchObject({ stated: 1_203_000_000, computed: 12_030_000 });
    expect(finding!.message.ko).toContain('단위를 잘못 적은 것으로 보임');
    expect(finding!.message.en).toContain('unit slip');
  });

  it('calls a sum cut off instead of rounded an error only where the document rounds elsewhere', () => {
    const cutOff = part('1. 정보자원 확대', '57억원', [
      ['말뭉치 구축', '3,180백만원'],
      ['말뭉치 활용', '574백만원'],
      ['평가 활성화', '800백만원'],
      ['용어 정비', '1,213백만원'],
    ]);
    const alone = findingsOf(cutOff);
    expect(errors(alone)).toEqual([]);
    expect(alone.filter((finding) => finding.code === 'total-rounding')).toHaveLength(1);
    // three items in 백만원 under a heading in 백만원 may be off by their own rounding: no proof
    const sameUnit = findingsOf([
      ...cutOff,
      ...part('2. 국어능력 지원', '10백만원', [
        ['연구 조사', '3백만원'],
        ['국어문화학교', '3백만원'],
        ['교재 개발', '2백만원'],
      ]),
    ]);
    expect(errors(sameUnit)).toEqual([]);
    const roundsElsewhere = findingsOf([
      ...cutOff,
      ...part('2. 국어능력 지원', '12.5억원', [
        ['연구 조사', '233백만원'],
        ['국어문화학교', '1,012백만원'],
      ]),
    ]);
    const [finding, ...rest] = errors(roundsElsewhere);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ stated: 5_700_000_000, computed: 5_767_000_000 });
    expect(finding!.message.ko).toContain('12.45억원 → 12.5억원');
  });

  it('adds nothing up when an item states no amount, when there is one item, when an amount precedes the items, or when the heading states a part or a whole cost', () => {
    const noAmount = [
      '1. 문화 기반 확충(5,800백만원)',
      '',
      '□ 도서관 건립(3,180백만원)',
      '□ 공연장 운영',
      '□ 축제 개최(2,587백만원)',
    ];
    const oneItem = ['1. 문화 기반 확충(5,800백만원)', '', '□ 도서관 건립(3,180백만원)'];
    const before = [
      '1. 문화 기반 확충(5,800백만원)',
      ' ㅇ 운영비: 33백만원',
      '□ 도서관 건립(3,180백만원)',
      '□ 공연장 운영(2,587백만원)',
    ];
    const items = ['□ 도서관 건립(3,180백만원)', '□ 공연장 운영(2,587백만원)'];
    const nationalPart = ['1. 문화 기반 확충(국비 5,800백만원)', '', ...items];
    const wholeCost = ["1. 문화 기반 확충('23~'27, 5,800백만원)", '', ...items];
    for (const text of [noAmount, oneItem, before, nationalPart, wholeCost])
      expect(errors(findingsOf(text))).toEqual([]);
  });

  it('adds up list items under a boxed item, and leaves a group alone when one item has two figures', () => {
    const items = (first: string) => [
      '□ 평가체계 개발 : 20억원',
      ` ㅇ 척도 개발: ${first}`,
      ' ㅇ 시범 운영: 600백만원',
      ' ㅇ 인프라 구축: 800백만원',
    ];
    expect(errors(findingsOf(items('600백만원')))).toEqual([]);
    expect(errors(findingsOf(items('700백만원')))).toHaveLength(1);
    // `연 6종(1종 100백만원) 총 600백만원`: were it read as 100, 100 is not the item's amount
    expect(errors(findingsOf(items('연 6종(1종 100백만원) 총 600백만원')))).toEqual([]);
  });
});

describe('outline sums on generated work plans', () => {
  const plan = fc
    .array(fc.integer({ min: 2, max: 9_999 }), { minLength: 2, maxLength: 6 })
    .chain((items) =>
      fc.record({
        items: fc.constant(items),
        heading: fc.constantFrom('백만원', '억원-rounded', '억원-2'),
        layout: fc.constantFrom('number › square', 'square › circle'),
        funding: fc.boolean(),
        changed: fc.integer({ min: 0, max: items.length - 1 }),
        by: fc.integer({ min: 1, max: 500 }).map((steps) => steps * (items.length + 1)),
      }),
    );

  const headingText = (sum: number, kind: string) =>
    kind === '백만원'
      ? `${sum.toLocaleString('en-US')}백만원`
      : kind === '억원-2'
        ? `${(sum / 100).toFixed(2)}억원`
        : `${Math.round(sum / 100).toLocaleString('en-US')}억원`;

  /** An item's amount, with its 국비/시비 split in the parenthesis when asked. */
  const itemText = (figure: number, funding: boolean) => {
    const amount = `${figure.toLocaleString('en-US')}백만원`;
    if (!funding) return amount;
    const national = Math.floor(figure / 2);
    return `${amount}, 국비 ${national.toLocaleString('en-US')}, 시비 ${(figure - national).toLocaleString('en-US')}`;
  };

  const text = (figures: number[], heading: string, layout: string, funding: boolean) => {
    const names = figures.map((_, index) => `세부 과제 ${'가나다라마바'[index]}`);
    if (layout === 'number › square')
      return part(
        '1. 생성 사업',
        heading,
        figures.map((figure, index): [string, string] => [
          names[index]!,
          itemText(figure, funding),
        ]),
      );
    return [
      `□ 생성 사업 : ${heading}`,
      ...figures.flatMap((figure, index) => [
        ` ㅇ ${names[index]}: ${itemText(figure, funding).replace(/, (국비.*)$/, '($1)')}`,
        '  - 세부 추진 내용',
      ]),
    ];
  };

  it('never reports an error on a heading that is its items’ sum at its precision', () => {
    fc.assert(
      fc.property(plan, ({ items, heading, layout, funding }) => {
        const sum = items.reduce((total, item) => total + item, 0);
        if (heading === '억원-rounded' && sum < 50) return; // 0억원 states nothing
        const found = findingsOf(text(items, headingText(sum, heading), layout, funding));
        expect(errors(found)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('always reports an error when one item is changed beyond the heading’s precision', () => {
    fc.assert(
      fc.property(plan, ({ items, heading, layout, funding, changed, by }) => {
        const sum = items.reduce((total, item) => total + item, 0);
        if (heading === '억원-rounded' && sum < 50) return; // 0억원 states nothing
        // an 억원 heading hides changes under half an 억원: change by at least one 억원 more
        const delta = heading === '억원-rounded' ? by + 100 * (items.length + 1) : by;
        const figures = items.map((item, index) => (index === changed ? item + delta : item));
        const found = errors(findingsOf(text(figures, headingText(sum, heading), layout, funding)));
        expect(found.map((finding) => finding.code)).toEqual(['total-mismatch']);
      }),
      { numRuns: 60 },
    );
  });

  it('only warns, never errs, when one item is lowered beyond the heading’s precision', () => {
    fc.assert(
      fc.property(plan, ({ items, heading, layout, funding, changed, by }) => {
        const sum = items.reduce((total, item) => total + item, 0);
        if (heading === '억원-rounded' && sum < 50) return; // 0억원 states nothing
        const delta = heading === '억원-rounded' ? by + 100 * (items.length + 1) : by;
        const lowered = items[changed]! - delta;
        if (lowered < 1) return; // an item cannot go below nothing
        const figures = items.map((item, index) => (index === changed ? lowered : item));
        const found = findingsOf(text(figures, headingText(sum, heading), layout, funding));
        expect(errors(found)).toEqual([]);
        expect(found.filter((finding) => finding.code === 'total-mismatch')).not.toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
