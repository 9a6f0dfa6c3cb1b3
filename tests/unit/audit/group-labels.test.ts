/**
 * Group-label rows that state their group's count and total in words over the rows they head
 * (`가 분야 ▹ 3건, 120억원`), as in a table printed in two halves side by side: invented figures.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditGroupLabels, agreesAtPrecision } from '../../../shared/audit/rules/group-labels';
import { auditReport } from '../../../shared/audit';
import { input, table } from '../../fixtures/audit/build';

function build(rows: { label: string; amount: string }[], unitLine = '(단위: 백만원)') {
  return table({
    unitLine,
    columns: [
      ['label', '사업명'],
      ['totalCost', '사업비'],
    ],
    rows: rows.map((row) => ({ label: row.label, cells: [row.amount] })),
  });
}

const group = (label: string) => ({ label, amount: '' });
const item = (label: string, amount: string) => ({ label, amount });

/** 가 분야: 4,020 + 5,480 + 2,530 = 12,030백만원 = 120.3억원; 나 분야: 3,000 + 2,000 = 50억원. */
function twoGroups(first = '가 분야 ▹ 3건, 120억원', total = '5개 사업, 170억원') {
  return build([
    group(first),
    item('가 센터 건립', '4,020'),
    item('나 공원 조성', '5,480'),
    item('다 도로 개설', '2,530'),
    group('나 분야 ▹ 2건, 50억원'),
    item('라 문화관', '3,000'),
    item('마 체육관', '2,000'),
    group(total),
  ]);
}

const found = (audited: ReturnType<typeof build>) =>
  auditGroupLabels(audited).map((f) => [f.severity, f.code, f.stated, f.computed]);

describe('group-label rows that state their rows’ count and total', () => {
  it('finds nothing when every stated total is its rows’ sum rounded to the printed 억원', () => {
    expect(found(twoGroups())).toEqual([]);
  });

  it('reports a group total one printed step above its rows’ sum as an error naming the rows', () => {
    const findings = auditGroupLabels(twoGroups('가 분야 ▹ 3건, 121억원'));
    expect(findings.map((f) => [f.severity, f.code, f.stated, f.computed])).toEqual([
      ['error', 'total-mismatch', 12_100_000_000, 12_030_000_000],
    ]);
    expect(findings[0]?.message.ko).toContain('120.3억원');
    // the label's stated figure first, then the rows it heads
    expect(findings[0]?.cells?.map((cell) => cell.value)).toEqual([
      12_100_000_000, 4_020_000_000, 5_480_000_000, 2_530_000_000,
    ]);
  });

  it('checks a label whose count is every row of the table against all of them', () => {
    expect(found(twoGroups(undefined, '5개 사업, 171억원'))).toEqual([
      ['error', 'total-mismatch', 17_100_000_000, 17_030_000_000],
    ]);
  });

  it('checks nothing when the stated count matches neither the rows below nor the whole table', () => {
    expect(found(twoGroups('가 분야 ▹ 4건, 121억원', '6개 사업, 171억원'))).toEqual([]);
  });

  it('accepts a total cut off rather than rounded (120.9억원 printed as 120억원)', () => {
    const rows = build([group('가 분야 ▹ 2건, 120억원'), item('가', '6,000'), item('나', '6,090')]);
    expect(found(rows)).toEqual([]);
  });

  it('calls it a warning, naming the guess, when the table’s unit was assumed', () => {
    const assumed = {
      ...twoGroups('가 분야 ▹ 3건, 120.2억원'),
      unitInferred: { ko: '단위를 백만원으로 추정', en: 'the unit was assumed to be 백만원' },
    };
    expect(found(assumed)).toEqual([['warning', 'total-mismatch', 12_020_000_000, 12_030_000_000]]);
  });

  it('runs as part of the audit of a report', () => {
    const findings = auditReport(input({ tables: [twoGroups('가 분야 ▹ 3건, 121억원')] }));
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(1);
  });
});

describe('group totals, generated', () => {
  const amounts = fc.array(fc.integer({ min: 1, max: 99_999 }), { minLength: 1, maxLength: 12 });

  function generated(figures: number[], stated: string) {
    return build([
      group(`가 분야 ▹ ${figures.length}건, ${stated}`),
      ...figures.map((figure, index) => item(`사업 ${index + 1}`, figure.toLocaleString('en-US'))),
    ]);
  }

  it('never reports a total that is its rows’ sum rounded to whole 억원', () => {
    fc.assert(
      fc.property(amounts, (figures) => {
        const sum = figures.reduce((a, b) => a + b, 0);
        const rounded = Math.round(sum / 100).toLocaleString('en-US');
        expect(found(generated(figures, `${rounded}억원`))).toEqual([]);
      }),
    );
  });

  it('always reports a total two printed steps away from its rows’ sum', () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom(-2, 2), (figures, shift) => {
        const sum = figures.reduce((a, b) => a + b, 0);
        const wrong = Math.round(sum / 100) + shift;
        fc.pre(wrong > 0);
        const findings = found(generated(figures, `${wrong.toLocaleString('en-US')}억원`));
        expect(findings).toEqual([['error', 'total-mismatch', wrong * 1e8, sum * 1e6]]);
      }),
    );
  });

  it('always reports a single row changed by two printed steps of the label', () => {
    fc.assert(
      fc.property(amounts, fc.nat(), fc.constantFrom(-200, 200), (figures, pick, shift) => {
        const sum = figures.reduce((a, b) => a + b, 0);
        const at = pick % figures.length;
        const changed = figures.map((figure, index) => (index === at ? figure + shift : figure));
        // a label states a total of at least 1억원 (a printed 0억원 is no total to check)
        fc.pre(changed[at]! > 0 && Math.round(sum / 100) > 0);
        const stated = `${Math.round(sum / 100).toLocaleString('en-US')}억원`;
        const findings = auditGroupLabels(
          build([
            group(`가 분야 ▹ ${figures.length}건, ${stated}`),
            ...changed.map((figure, index) =>
              item(`사업 ${index + 1}`, figure.toLocaleString('en-US')),
            ),
          ]),
        );
        expect(findings.map((f) => [f.severity, f.computed])).toEqual([
          ['error', (sum + shift) * 1e6],
        ]);
      }),
    );
  });

  it('holds rounding within half a printed step plus the members’ own rounding', () => {
    expect(agreesAtPrecision(100, 150, 100, 0)).toBe(true);
    expect(agreesAtPrecision(200, 149, 100, 0)).toBe(false);
    expect(agreesAtPrecision(100, 155, 100, 5)).toBe(true);
  });
});

describe('group labels whose rows hold one part of the stated total', () => {
  it('finds nothing when the rows add up to a part the label names (시비 45억원 of 120억원)', () => {
    const rows = build([
      group('가 분야 ▹ 2건, 120억원(시비 45)'),
      item('가 센터', '2,000'),
      item('나 공원', '2,500'),
    ]);
    expect(found(rows)).toEqual([]);
  });

  it('never sums a funding column against the label’s total', () => {
    const funded = table({
      unitLine: '(단위: 백만원)',
      columns: [
        ['label', '사업명'],
        ['funding:national', '국비'],
      ],
      rows: [
        { label: '가 분야 ▹ 2건, 120억원', cells: [''] },
        { label: '가 센터', cells: ['2,000'] },
        { label: '나 공원', cells: ['2,500'] },
      ],
    });
    expect(found(funded)).toEqual([]);
  });
});
