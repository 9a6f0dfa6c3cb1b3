/** Invented importer output and key entries for the eval's unit tests (no real document). */
import type { BudgetLine, Finding, PersonnelRow } from '../../../shared/model/report';
import type { KeyFact, KeyHeadcount } from '../../eval/key-schema';

export function line(overrides: Partial<BudgetLine> = {}): BudgetLine {
  return {
    key: `2025|가상과|${overrides.project ?? '별빛 도서관 건립'}`,
    fiscalYear: 2025,
    department: '가상과',
    project: '별빛 도서관 건립',
    budget: 2_640_000_000,
    source: { line: 40, page: 9 },
    ...overrides,
  };
}

export function fact(overrides: Partial<KeyFact> = {}): KeyFact {
  return {
    page: 9,
    name: '별빛 도서관 건립',
    fiscalYear: 2025,
    field: 'budget',
    amount: 2_640_000_000,
    ...overrides,
  };
}

export function row(overrides: Partial<PersonnelRow> = {}): PersonnelRow {
  return {
    department: '가상정책과',
    authorized: 28,
    current: 29,
    source: { line: 12, page: 1 },
    ...overrides,
  };
}

export function headcount(overrides: Partial<KeyHeadcount> = {}): KeyHeadcount {
  return { page: 1, department: '가상정책과', authorized: 28, current: 29, ...overrides };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    severity: 'error',
    code: 'total-mismatch',
    message: { ko: '합계가 다릅니다', en: 'the total differs' },
    stated: 1_081_687_000_000,
    computed: 1_081_688_000_000,
    source: { line: 300, page: 12 },
    ...overrides,
  };
}
