import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const SAMPLES = join(import.meta.dirname, '../../../assets/samples');
const read = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');

describe('the bundled example report (예시 자료)', () => {
  const report = parseReport(read('sample-report.txt'), { fileName: 'sample-report.txt' });

  it('is an invented 한빛구 bureau report covering this year’s results and next year’s plan', () => {
    expect(report.document).toMatchObject({
      council: '한빛구의회',
      bureau: '주민복지국',
      kind: 'report',
      fiscalYears: [2025, 2026],
    });
    expect(new Set(report.lines.map((l) => l.department).filter(Boolean))).toEqual(
      new Set(['복지정책과', '어르신복지과', '가족정책과']),
    );
    expect(report.warnings).toEqual([]);
  });

  it('holds exactly the five deliberate problems, one of each kind', () => {
    expect(report.findings.map((f) => [f.severity, f.code])).toEqual([
      ['info', 'rate-truncated'],
      ['warning', 'unit-anomaly'],
      ['warning', 'name-typo-funding'],
      ['error', 'funding-mismatch'],
      ['error', 'rate-mismatch'],
    ]);
  });

  it('has a sub-project table that adds up to its project, and nested parts', () => {
    const parent = report.lines.find((l) => l.project === '마을복지 특화사업 지원')!;
    const children = report.lines.filter((l) => l.parentKey === parent.key);
    expect(children).toHaveLength(5);
    expect(children.reduce((sum, l) => sum + (l.budget ?? 0), 0)).toBe(parent.requiredBudget);
  });

  it('has a previous-year companion with the same departments and projects and no problems', () => {
    const previous = parseReport(read('sample-report-2024.txt'));
    expect(previous.document.fiscalYears).toEqual([2024, 2025]);
    expect(previous.findings).toEqual([]);
    expect(previous.warnings).toEqual([]);
    const plannedFor2025 = new Set(
      previous.lines.filter((l) => l.fiscalYear === 2025).map((l) => l.key),
    );
    const reportedFor2025 = report.lines.filter((l) => l.fiscalYear === 2025).map((l) => l.key);
    expect(reportedFor2025.filter((key) => plannedFor2025.has(key)).length).toBeGreaterThanOrEqual(
      5,
    );
  });
});
