import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Finding } from '../../../shared/model/report';
import { findingCellsText } from '../../../shared/print/finding-cells';
import { buildPackModel } from '../../../shared/print/pack';
import type { PackInput } from '../../../shared/print/pack-types';
import {
  findingText,
  findingsTable,
  sourceText,
} from '../../../renderer/src/features/print/findings-table';
import { line } from '../compare/lines';

const meta = (title: string, overrides: Partial<DocumentMeta> = {}): DocumentMeta => ({
  title,
  kind: 'plan',
  fiscalYears: [],
  sha256: '0'.repeat(64),
  ...overrides,
});

const input = (documents: PackInput['documents'], rest: Partial<PackInput>): PackInput => ({
  pack: { title: '브리핑', departments: [], includeFindings: true, includeNotes: false },
  documents,
  lines: [],
  personnel: [],
  findings: [],
  notes: [],
  ...rest,
});

describe('pack sections of documents that name no department', () => {
  // invented: an institute's plan names neither bureau nor department for its projects
  const institute = { id: 7, meta: meta('2022년 가온연구원 업무계획', { fiscalYears: [2022] }) };
  const { department: _d, ...survey } = line(2022, '', '언어 실태 조사', { budget: 310_000_000 });
  void _d;

  it('prints their projects and headcounts in one section named after the document', () => {
    const model = buildPackModel(
      input([institute], {
        lines: [{ ...survey, documentId: 7 }],
        personnel: [
          { grade: '연구관', authorized: 4, current: 3, source: { line: 9 }, documentId: 7 },
        ],
      }),
    );
    expect(model.sections.map((section) => section.department)).toEqual([
      '2022년 가온연구원 업무계획',
    ]);
    expect(model.sections[0]!.budget.rows.map((row) => [row.label, row.values.after])).toEqual([
      ['언어 실태 조사', 310_000_000],
    ]);
    expect(model.sections[0]!.personnel.map((row) => row.grade)).toEqual(['연구관']);
  });

  it('lists a finding about no line in the section whose lines or headcount rows it used', () => {
    const headcount: Finding = {
      severity: 'error',
      code: 'personnel-surplus',
      message: { ko: "'연구관' 행의 과부족이 다릅니다", en: 'surplus differs' },
      source: { line: 9, text: '연구관\t4\t3\t2' },
      cells: [{ line: 9, columnLabel: '과부족', value: 2 }],
    };
    const model = buildPackModel(
      input([institute], {
        lines: [{ ...survey, documentId: 7 }],
        personnel: [
          { grade: '연구관', authorized: 4, current: 3, source: { line: 9 }, documentId: 7 },
        ],
        findings: [{ ...headcount, documentId: 7 }],
      }),
    );
    expect(model.sections[0]!.flagged.map((f) => [f.project, f.finding.code])).toEqual([
      ['연구관', 'personnel-surplus'],
    ]);
    expect(model.appendix).toHaveLength(1);
  });
});

describe('which year a report section shows', () => {
  it('shows the document’s own year, not next year’s plans a report of that year mentions', () => {
    // invented: a 2020 results report that also quotes two 2021 plans
    const report = { id: 1, meta: meta('주요 업무 보고', { kind: 'report', fiscalYears: [2020] }) };
    const own = line(2020, '협치과', '협치 지원', { currentBudget: 1_000_000_000 });
    const next = line(2021, '협치과', '21년 협치 확대', { budget: 2_000_000_000 });
    const model = buildPackModel(
      input([report], {
        lines: [
          { ...own, documentId: 1 },
          { ...next, documentId: 1 },
        ],
      }),
    );
    const budget = model.sections[0]!.budget;
    expect(budget.years).toEqual({ before: 2019, after: 2020 });
    expect(budget.rows.map((row) => row.label)).toEqual(['협치 지원']);
  });
});

describe('a finding as printed, with the check and the cells it used', () => {
  const sum: Finding = {
    severity: 'warning',
    code: 'total-mismatch',
    message: { ko: "'계' 행의 합계가 다릅니다", en: 'total differs' },
    source: { line: 760, page: 31, text: '계\t2,099\t\t' },
    arithmetic: { ko: '1,000 + 1,098 = 2,098 ≠ 2,099 (차이 1)', en: '' },
    inferred: { ko: '열의 역할을 머리글에서 추정함', en: '' },
    cells: [
      { line: 760, page: 31, columnLabel: '사업비', value: 2_099 },
      { line: 761, page: 31, columnLabel: '사업비', value: 1_000 },
      { line: 762, page: 31, columnLabel: '사업비', value: 1_098 },
      { line: 801, page: 32, columnLabel: '국비' },
      { line: 801, page: 32, columnLabel: '시비' },
    ],
  };

  it('writes the arithmetic and what was inferred on lines of their own', () => {
    expect(findingText(sum)).toBe(
      "'계' 행의 합계가 다릅니다\n계산: 1,000 + 1,098 = 2,098 ≠ 2,099 (차이 1)\n추정: 열의 역할을 머리글에서 추정함",
    );
  });

  it('names the cells by page, line range and column, the page only where it changes', () => {
    expect(findingCellsText(sum.cells)).toBe('p. 31 · 760~762행 사업비, p. 32 · 801행 국비·시비');
    expect(sourceText(sum)).toBe(
      'p. 31 · 760행: 계 · 2,099\n사용한 칸: p. 31 · 760~762행 사업비, p. 32 · 801행 국비·시비',
    );
  });

  it('calls a warning 경고, as the review screen and the exports do', () => {
    expect(findingsTable([{ label: '계', finding: sum }], '사업명').rows[0]!.cells[1]).toBe('경고');
  });
});
