import { describe, expect, it } from 'vitest';
import { parseReportDetailed } from '../../../shared/import';
import {
  ParsedReportSchema,
  type BudgetLine,
  type ParsedReport,
} from '../../../shared/model/report';
import { corpusPresent, corpusReportText as readCorpus } from '../../support/corpus';

const hasCorpus = corpusPresent('', 'facts of the three text reports');

function parse(prefix: string) {
  return parseReportDetailed(readCorpus(prefix), `${prefix}.txt`);
}

function errorsBetween(report: ParsedReport, from: number, to: number) {
  return report.findings.filter(
    (f) => f.severity === 'error' && f.source.line >= from && f.source.line <= to,
  );
}

function sum(
  lines: BudgetLine[],
  field: 'currentBudget' | 'obligated' | 'spent' | 'projectedSpend' | 'budget',
): number {
  return lines.reduce((total, line) => total + (line[field] ?? 0), 0);
}

describe.skipIf(!hasCorpus)('sample report 000 (a research unit’s 2021 plan)', () => {
  const { report, auditInput } = hasCorpus ? parse('000') : ({} as ReturnType<typeof parse>);

  it('validates against the ParsedReport schema', () => {
    expect(ParsedReportSchema.safeParse(report).success).toBe(true);
  });

  it('reads the cover page: title, council, sitting, date, organisation, kind and year', () => {
    expect(report.document).toMatchObject({
      title: '2021년도 주요업무 계획',
      council: '마포구의회',
      session: '제245회 마포구의회 제2차 정례회',
      date: '2020. 11.',
      department: '마포1번가연구단',
      kind: 'plan',
      fiscalYears: [2021],
    });
  });

  it('reads the headcount: 정원 9, 현원 10', () => {
    const total = report.personnel.find((row) => row.grade === '계');
    expect(total).toMatchObject({ authorized: 9, current: 10, department: '마포1번가연구단' });
    expect(report.findings.filter((f) => f.code.startsWith('personnel'))).toEqual([]);
  });

  it('reads the general account 601,418천원 against 542,151천원 with a consistent change', () => {
    const account = report.lines.find((line) => line.project === '일반회계')!;
    expect(account).toMatchObject({
      budget: 601_418_000,
      previousBudget: 542_151_000,
      fiscalYear: 2020,
      category: 'summary',
    });
    const table = auditInput.tables.find((t) => t.rows.some((row) => row.label === '일반회계'))!;
    const changeColumn = table.columns.findIndex((column) => column.role === 'change');
    expect(table.rows[0]!.cells[changeColumn]).toMatchObject({ kind: 'number', value: 59_267_000 });
    expect(errorsBetween(report, 46, 47)).toEqual([]);
  });

  it('makes the ten sub-projects child lines of the 855,000천원 (시비) project, adding up to it', () => {
    const project = report.lines.find((line) => line.requiredBudget === 855_000_000)!;
    expect(project.funding).toEqual({ city: 855_000_000 });
    const children = report.lines.filter((line) => line.parentKey === project.key);
    expect(children).toHaveLength(10);
    expect(sum(children, 'budget')).toBe(855_000_000);
    expect(children.find((c) => c.project.startsWith('활력노년'))).toMatchObject({
      budget: 56_300_000,
      leadDepartment: '노인장애인과',
    });
    expect(errorsBetween(report, 114, 136)).toEqual([]);
  });

  it('keeps 5,000천원 ~ 10,000천원 as a range', () => {
    expect(report.lines.find((line) => line.range)?.range).toEqual({
      min: 5_000_000,
      max: 10_000_000,
    });
  });

  it('has nothing it could not understand', () => {
    expect(report.warnings).toEqual([]);
  });

  it('gives every line a unique key and its source line', () => {
    expect(new Set(report.lines.map((l) => l.key)).size).toBe(report.lines.length);
    const lines = readCorpus('000').split('\n');
    for (const line of report.lines) expect(lines[line.source.line - 1]).toBe(line.source.text);
  });
});

describe.skipIf(!hasCorpus)('sample report 002 (a city committee’s report)', () => {
  const { report, auditInput } = hasCorpus ? parse('002') : ({} as ReturnType<typeof parse>);
  const expenditure = hasCorpus
    ? report.lines.filter((l) => l.source.line >= 77 && l.source.line <= 80)
    : [];

  it('reads four departments’ 2020 budgets in 백만원 adding up to 63,871', () => {
    const departments = report.lines.filter((l) => l.source.line >= 46 && l.source.line <= 49);
    expect(departments).toHaveLength(4);
    expect(sum(departments, 'currentBudget')).toBe(63_871_000_000);
    expect(errorsBetween(report, 44, 49)).toEqual([]);
  });

  it('reads 세출 총괄 for the four departments with totals that add up', () => {
    // the row spells 시민속의 (an OCR slip the audit names); the line files under the listed name
    expect(expenditure.map((l) => l.department)).toEqual([
      '서울민주주의담당관',
      '시민숙의예산담당관',
      '서울협치담당관',
      '지역공동체담당관',
    ]);
    for (const line of expenditure) {
      expect(line).toHaveProperty('currentBudget');
      expect(line).toHaveProperty('obligated');
      expect(line).toHaveProperty('spent');
      expect(line).toHaveProperty('projectedSpend');
      expect(line.statedRates).toHaveProperty('execution');
    }
    expect(sum(expenditure, 'currentBudget')).toBe(63_871_753_000);
    expect(sum(expenditure, 'obligated')).toBe(58_237_293_000);
    expect(sum(expenditure, 'spent')).toBe(56_811_973_000);
    expect(sum(expenditure, 'projectedSpend')).toBe(63_201_990_000);
    expect(errorsBetween(report, 74, 80)).toEqual([]);
  });

  it('infers the 세입 hierarchy (with the △ rows) and finds it consistent', () => {
    const table = auditInput.tables.find((t) =>
      t.rows.some((row) => row.label === '경상적세외수입'),
    )!;
    const parentOf = (label: string) => {
      const row = table.rows.find((r) => r.label === label)!;
      return row.parentIndex === undefined ? undefined : table.rows[row.parentIndex]!.label;
    };
    expect(parentOf('경상적세외수입')).toBe('세외수입');
    expect(parentOf('사업수입')).toBe('경상적세외수입');
    expect(parentOf('지난연도수입')).toBe('임시적세외수입');
    expect(parentOf('국가균형발전 특별회계보조금')).toBe('국고보조금');
    expect(parentOf('국고보조금')).toBe('계');
    expect(report.lines.find((l) => l.project === '사업수입')).toMatchObject({
      category: 'revenue',
      previousBudget: 20_640_000,
    });
    expect(report.findings.filter((f) => f.source.line >= 57 && f.source.line <= 68)).toEqual([]);
  });

  it('reads 22 per-project execution lines, each with 예산현액, 원인행위, 지출액 and 예상액', () => {
    const projects = report.lines.filter(
      (l) => l.source.line > 200 && l.currentBudget !== undefined,
    );
    expect(projects).toHaveLength(22);
    for (const line of projects) {
      expect(line.obligated).toBeTypeOf('number');
      expect(line.spent).toBeTypeOf('number');
      expect(line.projectedSpend).toBeTypeOf('number');
    }
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('warns about the two tables with amounts in prose cells and the departments it placed by duties', () => {
    expect(report.warnings.map((w) => w.line)).toEqual([461, 543, 44]);
  });

  it('flags 시민속의예산담당관 as a likely typo of 시민숙의예산담당관', () => {
    const typo = report.findings.find((f) => f.code === 'name-typo-department');
    expect(typo?.source.line).toBe(78);
    expect(typo?.message.ko).toContain('시민숙의예산담당관');
  });
});

describe.skipIf(!hasCorpus)('sample report 004 (a bureau’s 2023 results)', () => {
  const { report } = hasCorpus ? parse('004') : ({} as ReturnType<typeof parse>);

  it('reads the cover page', () => {
    expect(report.document).toMatchObject({
      kind: 'report',
      fiscalYears: [2023],
      bureau: '행정지원국',
      session: '제265회 마포구의회 제2차 정례회',
      date: '2023. 11.',
    });
  });

  it('reads five departments’ personnel with their notes', () => {
    const departments = new Set(report.personnel.map((row) => row.department));
    for (const name of ['행정지원과', '자치행정과', '홍보미디어과', '구민안전과', '민원여권과'])
      expect(departments).toContain(name);
    expect(
      report.personnel.find((r) => r.department === '합계' && r.grade === '6급'),
    ).toMatchObject({ authorized: 34, current: 32, notes: '정원 별정1, 임기1; 현원 임기1' });
    expect(
      report.personnel.find((r) => r.department === '행정지원과' && r.grade === '계'),
    ).toMatchObject({ authorized: 75, current: 56 });
    expect(report.findings.filter((f) => f.code.startsWith('personnel'))).toEqual([]);
  });

  it('keeps each department’s rows of the bureau table, marked as repeats of its own table', () => {
    for (const name of ['행정지원과', '자치행정과', '홍보미디어과', '구민안전과', '민원여권과']) {
      const totals = report.personnel.filter((r) => r.department === name && r.grade === '계');
      expect(totals).toHaveLength(2);
      const [bureau, own] = totals;
      expect(bureau).toMatchObject({ authorized: own!.authorized, current: own!.current });
      expect(bureau!.repeatOf).toBeLessThanOrEqual(own!.source.line);
      expect(own!.repeatOf).toBeUndefined();
    }
  });

  it('reads every 사업비 line with its funding split, each consistent', () => {
    const statements = report.lines.filter((l) => /사\s*업\s*비/.test(l.source.text ?? ''));
    expect(statements).toHaveLength(20);
    for (const line of statements) expect(line.funding).toBeDefined();
    expect(report.lines.find((l) => l.requiredBudget === 334_266_000)?.funding).toEqual({
      national: 41_514_000,
      city: 1_100_000,
      district: 291_652_000,
    });
    expect(report.lines.find((l) => l.requiredBudget === 117_676_000)?.funding).toEqual({
      national: 10_483_000,
      city: 6_831_000,
      district: 100_362_000,
    });
    expect(report.lines.find((l) => l.requiredBudget === 1_022_477_000)).toMatchObject({
      originalBudget: 995_060_000,
      supplementary: 27_417_000,
      funding: { district: 1_022_477_000 },
    });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('flags 사비 as probably 시비 and 721,791원 as a unit anomaly', () => {
    expect(report.findings.find((f) => f.code === 'name-typo-funding')?.source.line).toBe(755);
    const anomaly = report.findings.find((f) => f.code === 'unit-anomaly');
    expect(anomaly?.source.line).toBe(465);
    expect(anomaly?.severity).toBe('warning');
  });
});
