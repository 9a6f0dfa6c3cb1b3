import { describe, expect, it } from 'vitest';
import { auditLineFunding, auditTableFunding } from '../../../shared/audit';
import { budgetLine, table } from '../../fixtures/audit/build';

describe('funding rule on lines', () => {
  it('accepts parts that add up to the whole', () => {
    const line = budgetLine({
      project: '가',
      requiredBudget: 1_536_000_000,
      statedUnit: '천원',
      funding: { city: 475_000_000, district: 1_061_000_000 },
    });
    expect(auditLineFunding(line)).toEqual([]);
  });

  it('reports parts that do not add up, listing each part', () => {
    const line = budgetLine({
      project: '가',
      budget: 1_000_000,
      statedUnit: '천원',
      funding: { national: 400_000, specialGrant: 500_000 },
    });
    const findings = auditLineFunding(line);
    expect(findings).toMatchObject([
      {
        severity: 'error',
        code: 'funding-mismatch',
        stated: 1_000_000,
        computed: 900_000,
        lineKey: line.key,
      },
    ]);
    expect(findings[0]?.message.ko).toBe(
      "'가' 사업비 1,000천원이 재원별 합계(국비 400천원 + 특교금 500천원) 900천원과 100천원 다릅니다",
    );
  });

  it('names 도비 and 구·군비 apart from 시비 when listing the parts', () => {
    const line = budgetLine({
      project: '가',
      budget: 1_000_000,
      statedUnit: '천원',
      funding: { city: 300_000, province: 200_000, district: 400_000 },
    });
    expect(auditLineFunding(line)[0]?.message.ko).toBe(
      "'가' 사업비 1,000천원이 재원별 합계(시비 300천원 + 도비 200천원 + 구·군비 400천원) 900천원과 100천원 다릅니다",
    );
  });

  it('checks 본예산 + 추경 (+ 이월) against the budget in force', () => {
    const good = budgetLine({
      project: '나',
      currentBudget: 1_300,
      originalBudget: 1_000,
      supplementary: 200,
      carriedOver: 100,
    });
    expect(auditLineFunding(good)).toEqual([]);
    const bad = budgetLine({
      project: '나',
      requiredBudget: 1_300,
      originalBudget: 1_000,
      supplementary: 200,
    });
    expect(auditLineFunding(bad).map((f) => f.code)).toEqual(['funding-mismatch']);
    expect(auditLineFunding(bad)[0]?.message.ko).toContain('본예산·추경 합계');
  });

  it('treats a 백만원 line off by less than half a unit per part as rounding', () => {
    const line = budgetLine({
      project: '다',
      requiredBudget: 3_000_000_000,
      statedUnit: '백만원',
      funding: { national: 1_500_000_000, city: 1_499_000_000 },
    });
    expect(auditLineFunding(line).map((f) => f.code)).toEqual(['funding-rounding']);
  });
});

describe('funding rule on tables', () => {
  it('checks funding columns against the total column, row by row', () => {
    const split = table({
      unitLine: '(단위: 천원)',
      columns: [
        ['label', '사업명'],
        ['total', '계'],
        ['funding:national', '국비'],
        ['funding:city', '시비'],
        ['funding:district', '구비'],
      ],
      rows: [
        { label: '가', cells: ['1,000', '500', '300', '200'] },
        { label: '나', cells: ['1,000', '500', '-', '400'] },
      ],
    });
    expect(auditTableFunding(split)).toMatchObject([
      { code: 'funding-mismatch', stated: 1_000_000, computed: 900_000, source: { line: 11 } },
    ]);
  });

  it('checks 본예산 and 추경 columns against 예산현액', () => {
    const parts = table({
      unitLine: '(단위: 천원)',
      columns: [
        ['label', '사업명'],
        ['originalBudget', '본예산'],
        ['supplementary', '추경'],
        ['currentBudget', '예산현액'],
      ],
      rows: [
        { label: '가', cells: ['1,000', '△200', '800'] },
        { label: '나', cells: ['1,000', '200', '1,300'] },
      ],
    });
    expect(auditTableFunding(parts).map((f) => f.source.line)).toEqual([11]);
  });
});
