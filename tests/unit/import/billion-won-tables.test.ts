/**
 * Tables of national and large-city statistics in 십억원 (invented names and figures in the shapes
 * they print): the unit line in its three spellings, and a split over more accounts than a line
 * holds.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import type { ParsedReport } from '../../../shared/model/report';

const COVER = '2025년 재정 현황\n\n한빛시\n\n2025. 3.\n\n예산담당관\n\n';
const text = (...lines: string[]) => COVER + lines.join('\n') + '\n';
const errors = (report: ParsedReport) => report.findings.filter((f) => f.severity === 'error');

const TABLE = [
  '구 분\t일반회계\t특별회계\t기 금\t합 계',
  '세출 예산\t1,200\t300\t150\t1,650',
  '사업비\t900\t200\t100\t1,200',
];

describe('a table whose unit line says 십억원', () => {
  it.each([['(단위: 십억원)'], ['단위 : 십억원'], ['[십억원]'], ['(단위 : 십 억원, %)']])(
    'reads the figures under %j in billions of won',
    (unitLine) => {
      const report = parseReport(text('1. 재정 규모', unitLine, ...TABLE));
      const total = report.lines.find((line) => line.budget === 1_650_000_000_000);
      expect(total).toMatchObject({
        accounts: { general: 1_200_000_000_000, special: 300_000_000_000, fund: 150_000_000_000 },
      });
      expect(errors(report)).toEqual([]);
    },
  );

  it('calls an account split that does not add up wrong, in 십억원', () => {
    const report = parseReport(
      text('(단위: 십억원)', TABLE[0]!, '세출 예산\t1,200\t300\t150\t1,700'),
    );
    expect(errors(report).map((f) => [f.code, f.stated, f.computed])).toEqual([
      ['account-mismatch', 1_700_000_000_000, 1_650_000_000_000],
    ]);
    expect(errors(report)[0]!.message.ko).toContain('십억원');
  });
});

describe('a total split over more accounts than 일반회계, 특별회계 and 기금', () => {
  const report = parseReport(
    text(
      '(단위 : 십억원)',
      '구 분\t일반회계\t특별회계\t세입세출외\t비금융성기금\t기업특별회계\t합 계',
      '총수입\t1,000\t200\t5\t600\t40\t1,845',
      '총지출\t1,100\t300\t4\t500\t50\t1,954',
    ),
  );

  it('reads each row’s total and takes no part of the accounts for the whole split', () => {
    const read = report.lines.map((line) => [line.budget, line.accounts]);
    expect(read).toEqual([
      [1_845_000_000_000, undefined],
      [1_954_000_000_000, undefined],
    ]);
  });

  it('finds no error where only some of the accounts are named', () => {
    expect(errors(report)).toEqual([]);
  });
});
