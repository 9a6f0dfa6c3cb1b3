/**
 * Names of the lines read from two real HWP/HWPX documents (read at test time, never copied):
 * the names below are short names a person read on the rendered pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../cli/readers';
import { parseDocument } from '../../../shared/import';
import type { BudgetLine } from '../../../shared/model/report';
import { corpusBytes, corpusPresent } from '../../support/corpus';

const RFP = 'hwp/hwpx/gangbuk-gu-festival-rfp-2023.hwpx';
const BUDGET = 'hwp/hwp/welfare-facility-supplementary-budget_table-complex.hwp';
const present = corpusPresent('hwp', 'HWP naming tests');
const lines = new Map<string, BudgetLine[]>();

beforeAll(async () => {
  if (!present) return;
  for (const file of [RFP, BUDGET]) {
    const parsed = await parseDocument(
      corpusBytes(file),
      { fileName: file.split('/').pop()!, today: new Date('2026-11-30') },
      nodeReaders,
    );
    lines.set(file, parsed.report.lines);
  }
}, 120_000);

describe.skipIf(!present)('line names in real HWP documents', () => {
  it('names both 소요예산 statements of the festival RFP after the festival contract, not a heading near them', () => {
    const costs = lines.get(RFP)!.filter((line) => line.requiredBudget === 270_000_000);
    expect(costs).toHaveLength(2);
    for (const line of costs) expect(line.project).toContain('음악축제');
  });

  it('joins the words the welfare budget’s narrow 목 cells broke, and names each 소계 by its level', () => {
    const names = lines.get(BUDGET)!.map((line) => line.project);
    expect(names).toContain('수용비 및 수수료');
    expect(names).toContain('기타예금이자수입');
    expect(names).toContain('정서지원프로그램 사업비');
    expect(names.some((name) => /[가-힣] [가-힣](?: |$)/.test(name.replace(/ 및 /g, '')))).toBe(
      false,
    );
    expect(new Set(names.filter((name) => name.includes('소계'))).size).toBe(
      names.filter((name) => name.includes('소계')).length,
    );
  });
});
