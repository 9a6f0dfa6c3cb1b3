import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../shared/audit';
import type { AuditInput } from '../../../shared/model/audit-input';
import { FindingSchema } from '../../../shared/model/report';
import { budgetLine, input, name, person, table } from '../../fixtures/audit/build';

const cases: [string, AuditInput][] = [
  [
    'change-mismatch',
    input({
      tables: [
        table({
          unitLine: '(단위: 천원)',
          columns: [
            ['label', '구분'],
            ['budget', '예산'],
            ['previousBudget', '전년'],
            ['change', '증감'],
          ],
          rows: [{ label: '가', cells: ['100', '80', '30'] }],
        }),
      ],
    }),
  ],
  [
    'funding-mismatch',
    input({
      tables: [
        table({
          unitLine: '(단위: 천원)',
          columns: [
            ['label', '사업'],
            ['total', '계'],
            ['funding:national', '국비'],
            ['funding:district', '구비'],
          ],
          rows: [{ label: '가', cells: ['100', '50', '40'] }],
        }),
      ],
    }),
  ],
  [
    'personnel-total-mismatch',
    input({
      tables: [
        table({
          kind: 'personnel',
          columns: [
            ['label', '구분'],
            ['total', '계'],
            ['count', '6급'],
            ['count', '7급'],
          ],
          rows: [{ label: '정원', cells: ['9', '4', '4'] }],
        }),
      ],
    }),
  ],
  [
    'personnel-surplus-mismatch',
    input({
      personnel: [person({ department: '가과', authorized: 5, current: 6, surplus: 2, line: 3 })],
    }),
  ],
  ['name-typo-funding', input({ names: [name('funding', '사비', 4)] })],
  [
    'name-typo-department',
    input({
      names: [
        name('department', '도시계획정책과', 1),
        name('department', '도시계획정책과', 2),
        name('department', '도시계회정책과', 3),
      ],
    }),
  ],
  [
    'total-mismatch',
    input({
      lines: [
        budgetLine({ project: '본사업', key: 'p', budget: 1_000_000 }),
        budgetLine({ project: '세부1', key: 'p|1', parentKey: 'p', budget: 600_000 }),
        budgetLine({ project: '세부2', key: 'p|2', parentKey: 'p', budget: 300_000 }),
      ],
    }),
  ],
  [
    'rate-mismatch',
    input({
      lines: [
        budgetLine({
          project: '가',
          currentBudget: 1_000,
          spent: 500,
          statedRates: { execution: 55.5 },
        }),
      ],
    }),
  ],
];

describe('auditReport', () => {
  it.each(cases)('runs the rule that reports %s', (code, audit) => {
    const findings = auditReport(audit);
    expect(findings.map((finding) => finding.code)).toContain(code);
    for (const finding of findings) expect(FindingSchema.safeParse(finding).success).toBe(true);
  });

  it('reports nothing for an empty input', () => {
    expect(auditReport(input({}))).toEqual([]);
  });

  it('orders findings by source line, errors first on the same line', () => {
    const findings = auditReport(
      input({
        names: [name('funding', '사비', 9)],
        personnel: [person({ authorized: 1, current: 1, surplus: 1, line: 9 })],
        lines: [
          budgetLine({ project: '가', budget: 10, funding: { city: 5 }, source: { line: 2 } }),
        ],
      }),
    );
    expect(findings.map((f) => [f.source.line, f.severity])).toEqual([
      [2, 'error'],
      [9, 'error'],
      [9, 'warning'],
    ]);
  });

  it('reports a problem found both in a table row and in the line made from it once', () => {
    const row = table({
      unitLine: '(단위: 천원)',
      line: 42,
      columns: [
        ['label', '사업'],
        ['total', '사업비'],
        ['funding:national', '국비'],
        ['funding:district', '구비'],
      ],
      rows: [{ label: '가', cells: ['1,000', '500', '400'] }],
    });
    const line = budgetLine({
      project: '가',
      requiredBudget: 1_000_000,
      funding: { national: 500_000, district: 400_000 },
      source: { line: 42 },
    });
    const findings = auditReport(input({ tables: [row], lines: [line] }));
    expect(findings.filter((f) => f.code === 'funding-mismatch')).toHaveLength(1);
  });
});
