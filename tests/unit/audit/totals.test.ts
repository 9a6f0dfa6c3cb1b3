import { describe, expect, it } from 'vitest';
import { auditReport, auditTotals } from '../../../shared/audit';
import { input, table } from '../../fixtures/audit/build';

const codes = (findings: { code: string }[]) => findings.map((finding) => finding.code);

const expenditure = (total: string) =>
  table({
    unitLine: '(단위 : 천원)',
    columns: [
      ['label', '구분'],
      ['currentBudget', '예산현액'],
      ['spent', '지출액'],
      ['text', '비고'],
    ],
    rows: [
      { label: '계', cells: [total, '2,100', ''] },
      { label: '인건비', cells: ['1,000', '900', '지속'] },
      { label: '운영비', cells: ['2,000', '1,200', ''] },
      { label: '행사비', cells: ['△500', '-', ''] },
    ],
  });

describe('totals rule', () => {
  it('finds nothing when the 계 row equals the sum of the rows (△ and - included)', () => {
    expect(auditTotals(expenditure('2,500'))).toEqual([]);
  });

  it('reports a 계 row that differs by 1천원, naming row, column and both figures', () => {
    const findings = auditTotals(expenditure('2,501'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      code: 'total-mismatch',
      stated: 2_501_000,
      computed: 2_500_000,
      difference: 1_000,
      source: { line: 10 },
    });
    expect(findings[0]?.message.ko).toBe(
      "'계' 행의 예산현액 2,501천원이 각 행의 합계 2,500천원과 1천원 다릅니다",
    );
    expect(findings[0]?.message.en).toContain('2,501천원');
  });

  it('allows half a unit per row in a 백만원 table as rounding (info)', () => {
    const rounded = table({
      unitLine: '(단위: 백만원)',
      columns: [
        ['label', '부서'],
        ['budget', '예산'],
      ],
      rows: [
        { label: '합계', cells: ['63,871'] },
        { label: 'A과', cells: ['21,290'] },
        { label: 'B과', cells: ['21,290'] },
        { label: 'C과', cells: ['21,290'] },
      ],
    });
    const findings = auditTotals(rounded);
    expect(codes(findings)).toEqual(['total-rounding']);
    expect(findings[0]?.severity).toBe('info');
  });

  it('calls a 백만원 difference beyond rounding an error', () => {
    const wrong = table({
      unitLine: '(단위: 백만원)',
      columns: [
        ['label', '부서'],
        ['budget', '예산'],
      ],
      rows: [
        { label: '합계', cells: ['63,875'] },
        { label: 'A과', cells: ['21,290'] },
        { label: 'B과', cells: ['21,290'] },
        { label: 'C과', cells: ['21,290'] },
      ],
    });
    expect(codes(auditTotals(wrong))).toEqual(['total-mismatch']);
  });

  it('allows rounding of the last printed decimal, not of the whole unit', () => {
    const tenths = (total: string) =>
      table({
        unitLine: '(단위: 억원)',
        columns: [
          ['label', '유형'],
          ['budget', '예산'],
        ],
        rows: [
          { label: '계', cells: [total] },
          { label: '가형', cells: ['296.6'] },
          { label: '나형', cells: ['249.3'] },
        ],
      });
    expect(auditTotals(tenths('546.0')).map((f) => f.code)).toEqual(['total-rounding']);
    expect(auditTotals(tenths('546.2')).map((f) => f.code)).toEqual(['total-mismatch']);
  });

  it('checks a hierarchical table where a subtotal is both child and parent', () => {
    const revenue = table({
      unitLine: '(단위: 천원)',
      columns: [
        ['label', '과목'],
        ['budget', '2020년'],
      ],
      rows: [
        { label: '총계', cells: ['1,000'] },
        { label: '세외수입', cells: ['700'], parentIndex: 0, isTotal: true },
        { label: '사용료', cells: ['300'], parentIndex: 1 },
        { label: '수수료', cells: ['399'], parentIndex: 1 },
        { label: '보조금', cells: ['300'], parentIndex: 0 },
      ],
    });
    const findings = auditTotals(revenue);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'total-mismatch',
      stated: 700_000,
      computed: 699_000,
    });
    expect(findings[0]?.message.ko).toContain('하위 항목 합계');
  });

  it('accepts a grand total that equals the sum of its 소계 rows in a flat table', () => {
    const flat = table({
      unitLine: '(단위: 천원)',
      columns: [
        ['label', '구분'],
        ['budget', '예산'],
      ],
      rows: [
        { label: '합계', cells: ['600'] },
        { label: '소계', cells: ['300'] },
        { label: '가', cells: ['100'] },
        { label: '나', cells: ['200'] },
        { label: '소계', cells: ['300'] },
        { label: '다', cells: ['300'] },
      ],
    });
    expect(auditTotals(flat)).toEqual([]);
  });

  it('reports a 소계 that matches neither the block after nor the block before it', () => {
    const flat = table({
      unitLine: '(단위: 천원)',
      columns: [
        ['label', '구분'],
        ['budget', '예산'],
      ],
      rows: [
        { label: '소계', cells: ['301'] },
        { label: '가', cells: ['100'] },
        { label: '나', cells: ['200'] },
      ],
    });
    expect(codes(auditTotals(flat))).toEqual(['total-mismatch']);
  });

  it('checks count tables too, and skips percentage columns', () => {
    const counts = table({
      unitLine: '(단위: 건)',
      columns: [
        ['label', '구분'],
        ['count', '접수'],
        ['other', '비율'],
      ],
      rows: [
        { label: '계', cells: ['30', '100%'] },
        { label: '온라인', cells: ['20', '60%'] },
        { label: '방문', cells: ['11', '40%'] },
      ],
    });
    const findings = auditTotals(counts);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.ko).toBe("'계' 행의 접수 30건이 각 행의 합계 31건과 1건 다릅니다");
  });

  it('is part of auditReport', () => {
    expect(codes(auditReport(input({ tables: [expenditure('2,600')] })))).toContain(
      'total-mismatch',
    );
  });
});
