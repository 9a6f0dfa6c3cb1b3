/**
 * A note printed under a table that states a change against an earlier figure (`* 2023년 X대 대비
 * r% 증가`), checked against the table's 계 or the column it names: invented figures.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditNoteRates, statedChange } from '../../../shared/audit/rules/note-rates';
import { auditReport } from '../../../shared/audit';
import type { AuditTable } from '../../../shared/model/table';
import { input, table } from '../../fixtures/audit/build';

/** 계 200,000 = 가형 120,000 + 나형 80,000; against 190,000 a year before that is a 5.26% rise. */
function counted(total = '200,000', notes: string[] = [], unitLine = '(단위: 대)'): AuditTable {
  const built = table({
    unitLine,
    line: 21,
    columns: [
      ['label', '계'],
      ['count', '가형'],
      ['count', '나형'],
    ],
    rows: [{ label: total, cells: ['120,000', '80,000'] }],
  });
  return {
    ...built,
    notes: notes.map((text, index) => ({ text, source: { line: 22 + index, text } })),
  };
}

const found = (audited: AuditTable) =>
  auditNoteRates(audited).map((f) => [f.severity, f.code, f.stated, f.computed]);

describe('notes under a table that state a rate of change', () => {
  it('reads the earlier figure, its unit, the rate, its decimals and the direction', () => {
    expect(statedChange('2023년도 190,000대 대비 5.26% 증가')).toEqual({
      base: 190_000,
      unit: '대',
      rate: 5.26,
      decimals: 2,
      rising: true,
      subject: '2023년도 ',
    });
    expect(statedChange('전년 2,100명 대비 120명(5.7%) 감소')?.rate).toBe(5.7);
    expect(statedChange('전년 대비 5% 증가')).toBeNull();
  });

  it('finds nothing when the rate is the table’s 계 against the earlier figure, rounded', () => {
    expect(found(counted('200,000', ['2023년도 190,000대 대비 5.26% 증가']))).toEqual([]);
    expect(found(counted('200,000', ['2023년도 190,000대 대비 5.3% 증가']))).toEqual([]);
  });

  it('reports a rate no rounding of the 계 gives as an error at the note, naming the cell', () => {
    const findings = auditNoteRates(counted('200,000', ['2023년도 190,000대 대비 2.63% 증가']));
    expect(findings.map((f) => [f.severity, f.code, f.stated, f.computed])).toEqual([
      ['error', 'rate-mismatch', 2.63, 5.2632],
    ]);
    expect(findings[0]?.source.line).toBe(22);
    expect(findings[0]?.cells?.map((cell) => [cell.line, cell.value])).toEqual([
      [22, 2.63],
      [21, 200_000],
    ]);
  });

  it('reports a fall stated where the figures rose', () => {
    expect(found(counted('200,000', ['2023년도 190,000대 대비 5.26% 감소']))).toEqual([
      ['error', 'rate-mismatch', 5.26, -5.2632],
    ]);
  });

  it('checks the column the note names instead of the 계', () => {
    // 가형 120,000 against 100,000 is a 20% rise
    expect(found(counted('200,000', ['가형 100,000대 대비 20% 증가']))).toEqual([]);
    expect(found(counted('200,000', ['가형 100,000대 대비 25% 증가']))).toEqual([
      ['error', 'rate-mismatch', 25, 20],
    ]);
  });

  it('stays quiet when another cell of the table gives the printed rate', () => {
    // 나형 80,000 against 64,000 is 25%: the note may be about 나형
    expect(found(counted('200,000', ['64,000대 대비 25% 증가']))).toEqual([]);
  });

  it('checks nothing when the earlier figure is in another unit than the table', () => {
    expect(found(counted('200,000', ['2023년도 190,000명 대비 2.63% 증가']))).toEqual([]);
  });

  it('calls it a warning when the note gives no unit to tie its figure to the table', () => {
    expect(found(counted('200,000', ['2023년도 190,000 대비 2.63% 증가']))).toEqual([
      ['warning', 'rate-mismatch', 2.63, 5.2632],
    ]);
  });

  it('runs as part of the audit of a report', () => {
    const tables = [counted('200,000', ['2023년도 190,000대 대비 2.63% 증가'])];
    expect(auditReport(input({ tables })).filter((f) => f.severity === 'error')).toHaveLength(1);
  });
});

describe('note rates, generated', () => {
  const figures = fc.record({
    base: fc.integer({ min: 1_000, max: 5_000_000 }),
    current: fc.integer({ min: 1_000, max: 5_000_000 }),
  });

  function note(base: number, rate: string, rising: boolean) {
    return `2023년 ${base.toLocaleString('en-US')}대 대비 ${rate}% ${rising ? '증가' : '감소'}`;
  }

  it('never reports the rate rounded to two decimals', () => {
    fc.assert(
      fc.property(figures, ({ base, current }) => {
        fc.pre(current !== base);
        const rate = ((Math.abs(current - base) / base) * 100).toFixed(2);
        fc.pre(
          !/e/.test(rate) && Math.abs(Number(rate) * 1e4 - Math.round(Number(rate) * 1e4)) < 1e-6,
        );
        const audited = counted(current.toLocaleString('en-US'), [
          note(base, rate, current > base),
        ]);
        // toFixed may round a binary .xx5 down: only a finding a rounding of the exact rate explains
        for (const finding of auditNoteRates(audited))
          expect(Math.abs((finding.computed ?? 0) - Number(rate))).toBeGreaterThan(0.005);
      }),
    );
  });

  it('always reports a rate a whole point away (when no other cell gives it)', () => {
    fc.assert(
      fc.property(figures, ({ base, current }) => {
        const exact = (Math.abs(current - base) / base) * 100;
        fc.pre(current > base && exact > 2);
        const wrong = (Math.round(exact * 100) / 100 + 1).toFixed(2);
        const audited = counted(current.toLocaleString('en-US'), [note(base, wrong, true)]);
        const others = [120_000, 80_000].map((v) => ((v - base) / base) * 100);
        fc.pre(others.every((other) => Math.abs(other - Number(wrong)) > 0.01));
        expect(found(audited).map((f) => f[0])).toEqual(['error']);
      }),
    );
  });
});
