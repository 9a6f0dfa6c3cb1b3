/**
 * A row's 계 or 총사업비 against its year columns: invented project tables in the shapes of real
 * bureau plans (`총사업비 | ’23년 이전 (예산 | 집행) | ’24년 (예산 | 집행) | ’25년 | ’26년 이후`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../shared/audit';
import { auditYearColumns } from '../../../shared/audit/rules/year-columns';
import type { ColumnRole } from '../../../shared/model/table';
import { input, table } from '../../fixtures/audit/build';

const severities = (findings: { severity: string; code: string }[]) =>
  findings.map((finding) => `${finding.severity} ${finding.code}`);

const COST_COLUMNS: [ColumnRole, string][] = [
  ['label', '구분'],
  ['totalCost', '총사업비'],
  ['otherYear', '’23년이전/예산'],
  ['otherYear', '’23년이전/집행'],
  ['otherYear', '’24년/예산'],
  ['otherYear', '’24년/집행'],
  ['otherYear', '’25년'],
  ['otherYear', '’26년이후'],
];

const costTable = (rows: { label: string; cells: string[] }[], columns = COST_COLUMNS) =>
  table({ unitLine: '(단위: 백만원)', columns, rows });

describe('총사업비 against its year columns', () => {
  const consistent = [
    { label: '계', cells: ['9,000', '1,000', '900', '2,000', '1,800', '3,000', '3,000'] },
    { label: '국비', cells: ['4,500', '500', '450', '1,000', '900', '1,500', '1,500'] },
    { label: '시비', cells: ['4,500', '500', '450', '1,000', '900', '1,500', '1,500'] },
  ];

  it('finds nothing when 총사업비 is the sum of the years’ 예산 (집행 left out)', () => {
    expect(auditYearColumns(costTable(consistent))).toEqual([]);
  });

  it('reports a 총사업비 that is not the sum, with the figures and the arithmetic', () => {
    const rows = consistent.map((row) => ({ ...row, cells: [...row.cells] }));
    rows[0]!.cells[0] = '9,500';
    const findings = auditYearColumns(costTable(rows));
    expect(severities(findings)).toEqual(['error total-mismatch']);
    expect(findings[0]).toMatchObject({ stated: 9_500_000_000, computed: 9_000_000_000 });
    expect(findings[0]?.message.ko).toBe(
      "'계' 행의 총사업비 9,500백만원이 연도별 합계 9,000백만원과 500백만원 다릅니다",
    );
  });

  it('says nothing when a part is written as words in a year column (outside the years)', () => {
    const rows = [
      { label: '계', cells: ['1,500', '1,100', '1,100', '', '', '', ''] },
      { label: '국비', cells: ['1,100', '1,100', '1,100', '', '', '', ''] },
      { label: '기타', cells: ['400', '직접', '지원', '', '', '', ''] },
    ];
    expect(auditYearColumns(costTable(rows))).toEqual([]);
  });

  it('without 이전/이후 columns, reads a smaller sum as years left out and a larger one as a warning', () => {
    const columns: [ColumnRole, string][] = [
      ['label', '구분'],
      ['totalCost', '총사업비'],
      ['otherYear', '’24년'],
      ['otherYear', '’25년'],
    ];
    const smaller = costTable([{ label: '계', cells: ['9,000', '2,000', '3,000'] }], columns);
    const larger = costTable([{ label: '계', cells: ['4,000', '2,000', '3,000'] }], columns);
    expect(auditYearColumns(smaller)).toEqual([]);
    expect(severities(auditYearColumns(larger))).toEqual(['warning total-mismatch']);
  });
});

describe('a 계 column beside year columns (`계 | ’04~’17 | ’18 | … | ’25`)', () => {
  const build = (total: string) =>
    table({
      unitLine: '(단위: 대)',
      columns: [
        ['label', '연도'],
        ['total', '계'],
        ['count', '’04~’17'],
        ['count', '’18'],
        ['count', '’19'],
      ],
      rows: [
        { label: '시내버스', cells: ['70', '50', '10', '10'] },
        { label: '마을버스', cells: [total, '-', '3', '4'] },
      ],
    });

  it('finds nothing when each row’s 계 adds its years', () => {
    expect(auditYearColumns(build('7'))).toEqual([]);
  });

  it('reports the row whose 계 does not', () => {
    const findings = auditYearColumns(build('17'));
    expect(findings.map((f) => [f.severity, f.stated, f.computed])).toEqual([['error', 17, 7]]);
  });

  it('leaves a table alone when a column beside the 계 is not a year', () => {
    const mixed = table({
      unitLine: '(단위: 대)',
      columns: [
        ['label', '구분'],
        ['total', '계'],
        ['count', '’18'],
        ['count', '증감'],
      ],
      rows: [{ label: '버스', cells: ['99', '10', '2'] }],
    });
    expect(auditYearColumns(mixed)).toEqual([]);
  });
});

describe('generated year tables (property)', () => {
  const figure = fc.integer({ min: 0, max: 99_999 });
  const rowFigures = fc.array(figure, { minLength: 4, maxLength: 4 });
  const text = (value: number) => value.toLocaleString('en-US');

  const build = (rows: number[][], edit?: { row: number; delta: number }) =>
    costTable(
      rows.map((years, index) => {
        const [before = 0, last = 0, now = 0, after = 0] = years;
        const total = before + last + now + after + (edit?.row === index ? edit.delta : 0);
        return {
          label: `사업${index + 1}`,
          cells: [total, before, before, last, last, now, after].map(text),
        };
      }),
    );

  it('never reports an error on a table whose totals add up their years', () => {
    fc.assert(
      fc.property(fc.array(rowFigures, { minLength: 1, maxLength: 5 }), (rows) => {
        const findings = auditReport(input({ tables: [build(rows)] }));
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
    );
  });

  // figures in 백만원 are rounded: a gap of up to half a unit per figure (5 figures) is rounding
  it('always reports an error when one 총사업비 is changed by more than rounding', () => {
    fc.assert(
      fc.property(
        fc.array(rowFigures, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.integer({ min: 3, max: 50_000 }).chain((size) => fc.constantFrom(size, -size)),
        (rows, at, delta) => {
          const row = at % rows.length;
          const sum = rows[row]!.reduce((total, value) => total + value, 0);
          fc.pre(sum + delta >= 0);
          const findings = auditYearColumns(build(rows, { row, delta }));
          expect(findings.map((f) => [f.severity, f.stated! - f.computed!])).toContainEqual([
            'error',
            delta * 1_000_000,
          ]);
        },
      ),
    );
  });
});
