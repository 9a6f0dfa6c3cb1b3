/**
 * Tables of shares and totals with rows on both sides: layouts from real statistical reports
 * (invented figures in the same shapes) that once gave false 오류 findings.
 */
import { describe, expect, it } from 'vitest';
import { auditTotals } from '../../../shared/audit';
import { table } from '../../fixtures/audit/build';

const severities = (findings: { severity: string; code: string }[]) =>
  findings.map((finding) => `${finding.severity} ${finding.code}`);

describe('a table of row shares with a year label column', () => {
  const build = () =>
    table({
      unitLine: '(단위: %)',
      columns: [
        ['label', '규모'],
        ['count', '연도'],
        ['count', '0~50'],
        ['count', '50~100'],
        ['count', '합계'],
      ],
      rows: [
        { label: '소규모', cells: ['2016', '30.0', '70.0', '100.0'] },
        { label: '대규모', cells: ['', '60.0', '40.0', '100.0'] },
        { label: '합계', cells: ['', '45.0', '55.0', '100.0'] },
        { label: '소규모', cells: ['2017', '20.0', '80.0', '100.0'] },
        { label: '대규모', cells: ['', '50.0', '50.0', '100.0'] },
        { label: '합계', cells: ['', '35.0', '65.0', '100.0'] },
      ],
    });

  it('reads the 합계 rows as shares of the whole, not sums of the rows: no finding', () => {
    expect(auditTotals(build())).toEqual([]);
  });
});

describe('a column of shares (비중) whose 합계 row is a weighted average', () => {
  const build = (total: string, share: string) =>
    table({
      unitLine: '(단위: 개, %)',
      columns: [
        ['label', '규모'],
        ['count', '품목수'],
        ['count', '독점형 비중'],
      ],
      rows: [
        { label: '소규모', cells: ['20', '80.0'] },
        { label: '중규모', cells: ['30', '40.0'] },
        { label: '대규모', cells: ['50', '20.0'] },
        { label: '합계', cells: [total, share] },
      ],
    });

  it('checks the counts and leaves the averaged share alone', () => {
    expect(auditTotals(build('100', '38.0'))).toEqual([]);
  });

  it('still reports a wrong count in the same table as an error', () => {
    const findings = auditTotals(build('101', '38.0'));
    expect(severities(findings)).toEqual(['error total-mismatch']);
    expect(findings[0]).toMatchObject({ stated: 101, computed: 100 });
  });

  it('checks a share column whose 합계 reads 100 (shares of the column’s whole)', () => {
    const columnShares = table({
      unitLine: '(단위: %)',
      columns: [
        ['label', '구분'],
        ['count', '비중'],
      ],
      rows: [
        { label: '자본재', cells: ['21.0'] },
        { label: '중간재', cells: ['56.3'] },
        { label: '소비재', cells: ['22.7'] },
        { label: '합계', cells: ['100.0'] },
      ],
    });
    expect(auditTotals(columnShares)).toEqual([]);
    columnShares.rows[1]!.cells[1] = { kind: 'number', value: 50.3, decimals: 1, text: '50.3' };
    expect(severities(auditTotals(columnShares))).toEqual(['error total-mismatch']);
  });
});

describe('a 합계 row with rows on both sides (a note row printed under the total)', () => {
  const build = (total: string) =>
    table({
      unitLine: '(단위: 개)',
      columns: [
        ['label', '산업'],
        ['count', '2016'],
      ],
      rows: [
        { label: '식료품', cells: ['40'] },
        { label: '화학', cells: ['35'] },
        { label: '금속', cells: ['25'] },
        { label: '합계', cells: [total] },
        { label: '상위 3개 산업', cells: ['60'] },
      ],
    });

  it('finds nothing when the rows above add up to it', () => {
    expect(auditTotals(build('100'))).toEqual([]);
  });

  it('warns, naming the guessed rows, when no block adds up', () => {
    const findings = auditTotals(build('120'));
    expect(severities(findings)).toEqual(['warning total-mismatch']);
    expect(findings[0]?.message.ko).toContain('어느 행이 어느 행의 하위 항목인지를 합계로 추정');
  });
});

describe('a count table whose unit line lists a rounded money unit among others', () => {
  const build = (total: string) =>
    table({
      unitLine: '(단위: 개, 조원, %)',
      columns: [
        ['label', '구분'],
        ['count', '산업수'],
        ['count', '출하액'],
      ],
      rows: [
        { label: '자본재', cells: ['100', '243'] },
        { label: '중간재', cells: ['268', '955'] },
        { label: '소비재', cells: ['108', '263'] },
        { label: '합계', cells: ['476', total] },
      ],
    });
  const rounded = (total: string) => {
    const audit = build(total);
    audit.unit = { kind: 'count', label: '개,조원,%' };
    return audit;
  };

  it('takes a gap of one 조원 over three rows as rounding (info)', () => {
    expect(severities(auditTotals(rounded('1,462')))).toEqual(['info total-rounding']);
  });

  it('still reports a gap beyond rounding as an error', () => {
    expect(severities(auditTotals(rounded('1,470')))).toEqual(['error total-mismatch']);
  });
});
