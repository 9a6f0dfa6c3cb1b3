import { describe, expect, it } from 'vitest';
import { auditPersonnelRows, auditPersonnelTable } from '../../../shared/audit';
import type { ColumnRole } from '../../../shared/model/table';
import { person, table } from '../../fixtures/audit/build';

const gradeColumns: [ColumnRole, string][] = [
  ['label', '구분'],
  ['total', '계'],
  ['count', '5급'],
  ['count', '6급'],
  ['count', '7급'],
];

describe('personnel rule on tables', () => {
  it('accepts grades that add up to the 계 column, blanks counting as none', () => {
    const staff = table({
      kind: 'personnel',
      unitLine: '(단위: 명)',
      columns: gradeColumns,
      rows: [
        { label: '정원', cells: ['9', '1', '5', '3'] },
        { label: '현원', cells: ['10', '', '6 (별정1)', '4'] },
      ],
    });
    expect(auditPersonnelTable(staff)).toEqual([]);
  });

  it('reports a row whose grades do not add up to its total', () => {
    const staff = table({
      kind: 'personnel',
      columns: gradeColumns,
      rows: [{ label: '현원', cells: ['10', '1', '4', '4'] }],
    });
    const findings = auditPersonnelTable(staff);
    expect(findings).toMatchObject([
      { code: 'personnel-total-mismatch', stated: 10, computed: 9, severity: 'error' },
    ]);
    expect(findings[0]?.message.ko).toBe("'현원' 행의 계 10명이 직급별 합계 9명과 1명 다릅니다");
  });

  it('checks a 총계 row against the rows of the same kind (정원 with 정원)', () => {
    const staff = table({
      kind: 'personnel',
      columns: [
        ['label', '구분'],
        ['text', '직급'],
        ['total', '총계'],
      ],
      rows: [
        { label: '총계', cells: ['정원', '35'], isTotal: true },
        { label: '총계', cells: ['현원', '33'], isTotal: true },
        { label: '가과', cells: ['정원', '20'] },
        { label: '가과', cells: ['현원', '19'] },
        { label: '나과', cells: ['정원', '15'] },
        { label: '나과', cells: ['현 원', '15'] },
      ],
    });
    expect(auditPersonnelTable(staff)).toMatchObject([
      { code: 'personnel-total-mismatch', stated: 33, computed: 34, source: { line: 11 } },
    ]);
  });

  it('checks a 과부족 row against 현원 − 정원', () => {
    const staff = table({
      kind: 'personnel',
      columns: gradeColumns,
      rows: [
        { label: '정원', cells: ['9', '1', '5', '3'] },
        { label: '현원', cells: ['10', '1', '6', '3'] },
        { label: '과부족', cells: ['1', '-', '1', '1'] },
      ],
    });
    expect(auditPersonnelTable(staff)).toMatchObject([
      { code: 'personnel-total-mismatch', stated: 1, computed: 2 },
      { code: 'personnel-surplus-mismatch', stated: 1, computed: 0 },
    ]);
  });

  it('checks 과부족 columns against 현원 − 정원', () => {
    const staff = table({
      kind: 'personnel',
      columns: [
        ['label', '부서'],
        ['authorized', '정원'],
        ['current', '현원'],
        ['surplus', '과부족'],
      ],
      rows: [
        { label: '가과', cells: ['20', '19', '△1'] },
        { label: '나과', cells: ['15', '16', '△1'] },
      ],
    });
    expect(auditPersonnelTable(staff)).toMatchObject([
      { code: 'personnel-surplus-mismatch', stated: -1, computed: 1, source: { line: 11 } },
    ]);
  });

  it('leaves money tables to the other rules', () => {
    const money = table({
      unitLine: '(단위: 천원)',
      columns: gradeColumns,
      rows: [{ label: '정원', cells: ['1', '2', '3', '4'] }],
    });
    expect(auditPersonnelTable(money)).toEqual([]);
  });
});

describe('personnel rule on personnel rows', () => {
  it('checks 과부족 = 현원 − 정원', () => {
    const rows = [
      person({ department: '가과', authorized: 20, current: 19, surplus: -1, line: 5 }),
      person({ department: '나과', authorized: 20, current: 19, surplus: 1, line: 6 }),
    ];
    expect(auditPersonnelRows(rows)).toMatchObject([
      { code: 'personnel-surplus-mismatch', stated: 1, computed: -1, source: { line: 6 } },
    ]);
  });

  it('checks a department 계 against its grades and a 합계 department against the others', () => {
    const rows = [
      person({ department: '합계', grade: '계', authorized: 30, current: 28, line: 1 }),
      person({ department: '가과', grade: '계', authorized: 20, current: 19, line: 2 }),
      person({ department: '가과', grade: '6급', authorized: 12, current: 10, line: 3 }),
      person({ department: '가과', grade: '7급', authorized: 8, current: 8, line: 4 }),
      person({ department: '나과', grade: '계', authorized: 10, current: 10, line: 5 }),
    ];
    const findings = auditPersonnelRows(rows);
    const byLine = [...findings].sort((a, b) => a.source.line - b.source.line);
    expect(byLine.map((f) => [f.source.line, f.stated, f.computed])).toEqual([
      [1, 28, 29],
      [2, 19, 18],
    ]);
    expect(findings.every((f) => f.code === 'personnel-total-mismatch')).toBe(true);
  });
});
