/**
 * One project's cost stated twice with the same digits in different units (a phase's outline page
 * and the whole project's page): invented projects and figures.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditRestatedUnits, breakdownProves } from '../../../shared/audit/rules/restated-units';
import { nameOf, sameProject } from '../../../shared/audit/rules/restated-names';
import type { BudgetLine } from '../../../shared/model/report';
import { budgetLine } from '../../fixtures/audit/build';

const 억 = 100_000_000;
const 백만 = 1_000_000;

/** The whole project (2015~2030) 900억원 = 1단계 650 + 2단계 250; the phase's own page states 2단계. */
function lines(phasePage: Partial<BudgetLine>): BudgetLine[] {
  const whole = budgetLine({
    key: 'k|가온수목원조성',
    project: '가온수목원 조성',
    totalCost: 900 * 억,
    statedUnit: '억원',
    period: { from: 2015, to: 2030 },
    source: { line: 80, text: 'ㅇ 사업비 : 900억원(공사 500, 보상 400)' },
  });
  const first = budgetLine({
    key: 'k|가온수목원조성|1단계',
    parentKey: whole.key,
    project: '1단계(2015~2022)',
    totalCost: 650 * 억,
    statedUnit: '억원',
    source: { line: 81, text: '- 1단계(2015~2022): 650억원' },
  });
  const second = budgetLine({
    key: 'k|가온수목원조성|2단계',
    parentKey: whole.key,
    project: '2단계(2022~2030)',
    totalCost: 250 * 억,
    statedUnit: '억원',
    source: { line: 82, text: '- 2단계(2022~2030): 250억원' },
  });
  const phase = budgetLine({
    key: 'k|가온수목원2단계조성',
    project: '녹색 여가공간, 가온수목원 2단계 조성',
    totalCost: 250 * 억,
    statedUnit: '억원',
    period: { from: 2022, to: 2030 },
    source: { line: 30, text: 'ㅇ 사업비 : 250억원(시비 100%)' },
    ...phasePage,
  });
  return [phase, whole, first, second];
}

const found = (all: BudgetLine[]) =>
  auditRestatedUnits(all).map((f) => [f.severity, f.code, f.stated, f.computed, f.source.line]);

describe('a project stated twice with the same digits in another unit', () => {
  it('finds nothing when both statements agree', () => {
    expect(found(lines({}))).toEqual([]);
  });

  it('reports the statement its siblings do not prove as an error, against the one they do', () => {
    expect(found(lines({ totalCost: 250 * 백만, statedUnit: '백만원' }))).toEqual([
      ['error', 'unit-anomaly', 250 * 백만, 250 * 억, 30],
    ]);
  });

  it('takes a breakdown in parentheses that adds up as proof of the right unit', () => {
    expect(breakdownProves('- 2단계(2022~2030): 250억원(공사 200, 보상 30, 기타 20)', '250')).toBe(
      true,
    );
    expect(breakdownProves('ㅇ 사업비 : 250백만원(시비 100%)', '250')).toBe(false);
    expect(breakdownProves('- 2단계: 250억원(공사 200, 보상 30)', '250')).toBe(false);
  });

  it('gives a warning, not an error, when neither statement is proven', () => {
    const unproven = lines({ totalCost: 250 * 백만, statedUnit: '백만원' }).map((line) =>
      line.key === 'k|가온수목원조성' ? { ...line, totalCost: 1_000 * 억 } : line,
    );
    expect(found(unproven).map((f) => f[0])).toEqual(['warning']);
  });

  it('compares nothing over other years, another phase or another project', () => {
    expect(
      found(
        lines({ totalCost: 250 * 백만, statedUnit: '백만원', period: { from: 2022, to: 2029 } }),
      ),
    ).toEqual([]);
    expect(
      found(
        lines({ totalCost: 250 * 백만, statedUnit: '백만원', project: '가온수목원 3단계 조성' }),
      ),
    ).toEqual([]);
    expect(
      found(lines({ totalCost: 250 * 백만, statedUnit: '백만원', project: '나래공원 2단계 조성' })),
    ).toEqual([]);
  });

  it('never compares a line with its own part', () => {
    const whole = budgetLine({
      key: 'p',
      project: '다솜체육관 건립',
      totalCost: 120 * 억,
      statedUnit: '억원',
      period: { from: 2024, to: 2026 },
    });
    const part = budgetLine({
      key: 'p|설계',
      parentKey: 'p',
      project: '설계(2024~2026)',
      totalCost: 120 * 백만,
      statedUnit: '백만원',
    });
    expect(found([whole, part])).toEqual([]);
  });

  it('reads names by their distinctive words and stage markers', () => {
    expect(sameProject(nameOf('가온수목원 2단계 조성'), nameOf('2단계 가온수목원 조성'))).toBe(
      true,
    );
    expect(sameProject(nameOf('가온수목원 2단계 조성'), nameOf('가온수목원 조성'))).toBe(false);
    expect(sameProject(nameOf('가온수목원 조성 사업'), nameOf('나래공원 조성 사업'))).toBe(false);
  });
});

describe('restated units, generated', () => {
  it('never reports two statements of one figure in one unit, and always one misprinted unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        (phase, rest) => {
          const build = (total: number, unit: '억원' | '백만원') =>
            lines({}).map((line) => {
              if (line.key === 'k|가온수목원2단계조성')
                return { ...line, totalCost: total, statedUnit: unit };
              if (line.key === 'k|가온수목원조성')
                return { ...line, totalCost: (phase + rest) * 억 };
              if (line.key === 'k|가온수목원조성|1단계') return { ...line, totalCost: rest * 억 };
              return { ...line, totalCost: phase * 억 };
            });
          expect(found(build(phase * 억, '억원'))).toEqual([]);
          expect(found(build(phase * 백만, '백만원')).map((f) => f[0])).toEqual(['error']);
        },
      ),
    );
  });
});
