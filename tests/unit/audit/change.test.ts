import { describe, expect, it } from 'vitest';
import { auditChanges } from '../../../shared/audit';
import { table } from '../../fixtures/audit/build';

const budgets = (unitLine: string, current: string, previous: string, change: string) =>
  table({
    unitLine,
    columns: [
      ['label', '구분'],
      ['budget', '2020년 예산'],
      ['previousBudget', '2019년 예산'],
      ['change', '증감액'],
    ],
    rows: [{ label: '일반회계', cells: [current, previous, change] }],
  });

describe('change rule', () => {
  it.each([
    ['601,418천원', '542,151천원', '59,267천원'],
    ['500', '800', '△300'],
    ['-', '800', '△800'],
  ])('accepts %s − %s = %s', (current, previous, change) => {
    expect(auditChanges(budgets('(단위: 천원)', current, previous, change))).toEqual([]);
  });

  it('reports a change that is not this year minus last year', () => {
    const findings = auditChanges(budgets('(단위: 천원)', '601,418', '542,151', '59,276'));
    expect(findings).toMatchObject([
      { severity: 'error', code: 'change-mismatch', stated: 59_276_000, computed: 59_267_000 },
    ]);
    expect(findings[0]?.message.ko).toBe(
      "'일반회계' 행의 증감액 59,276천원이 2020년 예산 601,418천원 − 2019년 예산 542,151천원 = 59,267천원과 9천원 다릅니다",
    );
  });

  it('reads a wrong sign as a mismatch', () => {
    const findings = auditChanges(budgets('(단위: 천원)', '500', '800', '300'));
    expect(findings.map((f) => f.code)).toEqual(['change-mismatch']);
  });

  it('allows one unit of rounding in a 백만원 table', () => {
    const findings = auditChanges(budgets('(단위: 백만원)', '1,000', '800', '201'));
    expect(findings).toMatchObject([{ severity: 'info', code: 'change-rounding' }]);
  });

  it('checks 불용액 against 예산현액 − 예상집행액', () => {
    const lapse = table({
      unitLine: '(단위: 천원)',
      columns: [
        ['label', '사업명'],
        ['currentBudget', '예산현액'],
        ['projectedSpend', '예상집행액'],
        ['projectedLapse', '불용예상액'],
      ],
      rows: [
        { label: '가', cells: ['1,000', '900', '100'] },
        { label: '나', cells: ['1,000', '900', '10'] },
      ],
    });
    expect(auditChanges(lapse)).toMatchObject([{ code: 'lapse-mismatch', source: { line: 11 } }]);
  });
});
