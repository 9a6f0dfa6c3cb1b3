import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparableLines,
  compareDepartments,
  compareYearOverYear,
  NO_DEPARTMENT,
} from '../../../shared/compare';
import { figuresByScope, scopeKey, sumMeaning, type MeaningFigures } from '../../../shared/figures';
import { buildHierarchy, type HierarchyLine } from '../../../shared/hierarchy';
import { normalizeName } from '../../../shared/model/line-key';
import { departmentBudget } from '../../../shared/print/pack';

type Field = 'currentBudget' | 'budget' | 'originalBudget' | 'requiredBudget' | 'totalCost';
const FIELDS: readonly Field[] = [
  'currentBudget',
  'budget',
  'originalBudget',
  'requiredBudget',
  'totalCost',
];
const BUREAUS = ['복지국', '문화국', undefined] as const;
const DEPARTMENTS = ['복지정책과', '문화체육과', undefined] as const;
const money = fc.option(fc.integer({ min: -1e9, max: 1e11 }), { nil: undefined });

/** An invented line: a project, a department's or bureau's total line, or a part of an earlier line. */
const arbitraryRow = fc.record({
  documentId: fc.constantFrom(1, 2, 3),
  fiscalYear: fc.constantFrom(2025, 2026),
  revenue: fc.boolean(),
  bureau: fc.constantFrom(...BUREAUS),
  department: fc.constantFrom(...DEPARTMENTS),
  role: fc.constantFrom(
    'project',
    'project',
    'project',
    'department-total',
    'bureau-total',
    'table-total',
    'part',
  ),
  parent: fc.nat(),
  field: fc.constantFrom(...FIELDS),
  amount: money,
  spent: money,
  previousBudget: money,
  projectedSpend: money,
  noBudget: fc.boolean(),
});

/** Generated documents: 1–3 documents over 2025–2026, with the shapes real reports have. */
const documents = fc.array(arbitraryRow, { maxLength: 45 }).map((rows) => {
  const lines: HierarchyLine[] = [];
  rows.forEach((row, index) => {
    const earlier = lines.filter((line) => line.documentId === row.documentId);
    const parent =
      row.role === 'part' && earlier.length > 0 ? earlier[row.parent % earlier.length] : undefined;
    const base = parent ?? row;
    const department = base.department;
    const bureau = base.bureau;
    const project =
      row.role === 'department-total' && department
        ? ` ${department.split('').join(' ')}` // 세출 총괄 writes it spaced: 복 지 정 책 과
        : row.role === 'bureau-total' && bureau
          ? bureau
          : row.role === 'table-total'
            ? '계' // a table's total row, which may or may not restate its siblings' sum
            : `사업${index}`;
    const line: HierarchyLine = {
      key: `k${index}`,
      documentId: row.documentId,
      fiscalYear: base.fiscalYear,
      category:
        (parent ? parent.category : row.revenue ? 'revenue' : 'expenditure') ?? 'expenditure',
      project,
      source: { line: index + 1 },
    };
    if (bureau) line.bureau = bureau;
    if (department && row.role !== 'bureau-total') line.department = department;
    if (parent) line.parentKey = parent.key;
    if (row.amount !== undefined) line[row.field] = row.amount;
    if (row.spent !== undefined) line.spent = row.spent;
    if (row.previousBudget !== undefined) line.previousBudget = row.previousBudget;
    if (row.projectedSpend !== undefined) line.projectedSpend = row.projectedSpend;
    if (row.noBudget && row.amount === undefined) line.noBudget = true;
    lines.push(line);
  });
  return lines;
});

const meaningOnly = (figures: MeaningFigures) => ({
  yearBudget: figures.yearBudget,
  yearBudgetBases: figures.yearBudgetBases,
  spent: figures.spent,
  lastYear: figures.lastYear,
  lastYearBases: figures.lastYearBases,
  withBudget: figures.withBudget,
  budgetWith: figures.budgetWith,
});

const sumOrNull = (values: readonly (number | undefined)[]) =>
  values.some((value) => value !== undefined)
    ? values.reduce<number>((sum, value) => sum + (value ?? 0), 0)
    : null;

describe('every screen’s total for a document and year is the sum the domain gives', () => {
  it('the review hierarchy has one total per document, year and category, each equal to the domain’s', () => {
    fc.assert(
      fc.property(documents, (lines) => {
        const tree = buildHierarchy(lines);
        const domain = figuresByScope(lines);
        expect(tree.totals.map((total) => scopeKey(total.scope))).toEqual(
          domain.map((scope) => scopeKey(scope.scope)),
        );
        domain.forEach((scope, index) => {
          expect(meaningOnly(tree.totals[index]!.meaning)).toEqual(meaningOnly(scope.figures));
        });
      }),
      { numRuns: 400 },
    );
  });

  it('a hierarchy of one document and year pins exactly the domain’s expenditure total', () => {
    fc.assert(
      fc.property(
        documents,
        fc.constantFrom(1, 2, 3),
        fc.constantFrom(2025, 2026),
        (lines, id, year) => {
          const scoped = lines.filter((line) => line.documentId === id && line.fiscalYear === year);
          const tree = buildHierarchy(scoped);
          const domain = figuresByScope(scoped);
          const expenditure = domain.find((scope) => scope.scope.category === 'expenditure');
          const covered = tree.totals.filter((total) => total.covered);
          if (expenditure)
            expect(meaningOnly(covered[0]!.meaning)).toEqual(meaningOnly(expenditure.figures));
          expect(covered.length).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the department comparison’s rows and total are the domain’s departments for that document and year', () => {
    fc.assert(
      fc.property(
        documents,
        fc.constantFrom(1, 2, 3),
        fc.constantFrom(2025, 2026),
        (lines, id, year) => {
          const document = lines.filter((line) => line.documentId === id);
          const comparison = compareDepartments({
            side: { label: '문서', documentId: id, lines: document },
            fiscalYear: year,
          });
          expect(comparison.years?.after).toBe(year);
          const domain = figuresByScope(document.filter((line) => line.fiscalYear === year)).find(
            (scope) => scope.scope.category === 'expenditure',
          );
          const groups = domain?.groups ?? [];
          expect(comparison.totals.budget ?? null).toBe(
            sumOrNull(groups.map((group) => group.figures.yearBudget)),
          );
          for (const row of comparison.rows) {
            const mine = groups.filter(
              (group) =>
                normalizeName(group.department ?? NO_DEPARTMENT) === normalizeName(row.label),
            );
            expect(row.values.budget).toBe(
              sumOrNull(mine.map((group) => group.figures.yearBudget)),
            );
            expect(row.values.spent).toBe(sumOrNull(mine.map((group) => group.figures.spent)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a year-over-year comparison’s totals are the domain’s sums over each year’s projects', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom(1, 2, 3), fc.constantFrom(1, 2, 3), (lines, a, b) => {
        const before = lines.filter((line) => line.documentId === a);
        const after = lines.filter((line) => line.documentId === b);
        const comparison = compareYearOverYear({
          before: { label: '2025년', documentId: a, lines: before, fiscalYear: 2025 },
          after: { label: '2026년', documentId: b, lines: after, fiscalYear: 2026 },
        });
        const domain = (side: readonly HierarchyLine[], year: number) =>
          sumMeaning(comparableLines(side, { fiscalYear: year })).yearBudget ?? null;
        expect(comparison.totals.before ?? null).toBe(domain(before, 2025));
        expect(comparison.totals.after ?? null).toBe(domain(after, 2026));
      }),
      { numRuns: 300 },
    );
  });

  it('a pack’s department page states the domain’s sum of one document’s projects for one year', () => {
    fc.assert(
      fc.property(
        documents,
        fc.constantFrom(...DEPARTMENTS.filter(Boolean)),
        (lines, department) => {
          const mine = lines.filter((line) => line.department === department);
          const budget = departmentBudget(mine, []);
          const year = budget.years?.after;
          const documentId = budget.documentIds?.after;
          if (year === undefined) return;
          const shown = comparableLines(mine).filter(
            (line) => line.fiscalYear === year && (line as HierarchyLine).documentId === documentId,
          );
          expect(budget.totals.after ?? null).toBe(sumMeaning(shown).yearBudget ?? null);
        },
      ),
      { numRuns: 300 },
    );
  });
});
