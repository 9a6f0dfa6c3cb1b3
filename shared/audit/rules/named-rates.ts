/**
 * A rate whose header names its formula by its neighbours: `개수현황 / 계 | 개수 | 미개수 | 개수율`
 * → 개수율 = 개수 ÷ 계 × 100. Certain (an error) when the row's 계 is the sum of its parts (개수 +
 * 미개수), so 계 is the base; a warning otherwise. Tables whose rates the role-based rule checks
 * (집행률 with an 집행액 column…) are left to it.
 */
import type { Finding } from '../../model/report';
import type { AuditTable } from '../../model/table';
import { formatPercent } from '../../money/format';
import { makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';
import { checkRate, describeRate } from '../rate-check';
import { rateArithmetic, tableCell } from '../evidence';
import {
  cellFigure,
  columnName,
  decimalsOf,
  rowLineKey,
  rowName,
  statedNumber,
} from '../table-view';

const PART_ROLES = new Set(['spent', 'obligated', 'projectedSpend', 'collected']);

interface Named {
  rate: number;
  part: number;
  base: number;
  siblings: number[];
}

function split(label: string): { group: string; name: string } {
  const parts = label.replace(/\s+/g, '').split('/');
  const name = parts.pop() ?? '';
  return { group: parts.join('/'), name };
}

function namedRates(table: AuditTable): Named[] {
  const labels = table.columns.map((column) => split(column.label));
  const found: Named[] = [];
  labels.forEach(({ group, name }, rate) => {
    const stem = /^(.+)[율률]$/.exec(name)?.[1];
    if (!stem) return;
    const inGroup = labels.flatMap((label, index) =>
      label.group === group && index !== rate ? [index] : [],
    );
    const part = inGroup.find((index) => labels[index]!.name === stem);
    const base = inGroup.find((index) => /^(?:계|합계|총계)$/.test(labels[index]!.name));
    if (part === undefined || base === undefined) return;
    const siblings = inGroup.filter(
      (index) => index !== base && !/[율률]$/.test(labels[index]!.name),
    );
    found.push({ rate, part, base, siblings });
  });
  return found;
}

export function auditNamedRates(table: AuditTable): Finding[] {
  if (table.columns.some((column) => PART_ROLES.has(column.role))) return [];
  const findings: Finding[] = [];
  for (const { rate, part, base, siblings } of namedRates(table)) {
    for (const row of table.rows) {
      const stated = statedNumber(row.cells[rate]);
      const partValue = statedNumber(row.cells[part]);
      const baseValue = statedNumber(row.cells[base]);
      if (stated === null || partValue === null || baseValue === null || baseValue === 0) continue;
      const decimals = decimalsOf(row.cells[rate]);
      const verdict = checkRate(stated, partValue, baseValue, decimals);
      if (verdict.kind !== 'mismatch') continue;
      const parts = siblings.map((column) => cellFigure(row.cells[column]));
      const sum = parts.every((value) => value !== null)
        ? (parts as number[]).reduce((total, value) => total + value, 0)
        : null;
      const proven = sum !== null && Math.abs(sum - baseValue) < 1e-6 * Math.max(1, baseValue);
      const rateName = columnName(table, rate);
      const how = `${columnName(table, part)} ÷ ${columnName(table, base)}`;
      const computed = describeRate(verdict.computed, decimals);
      const printed = formatPercent(stated, decimals);
      findings.push(
        makeFinding({
          severity: 'error',
          code: 'rate-mismatch',
          ko: `${quoted(rowName(row))} 행의 ${rateName} ${withParticle(printed, '이/가')} ${how} = ${computed}와 다릅니다`,
          en: `Row ${quoted(rowName(row))}, ${rateName}: printed ${printed}, but ${how} = ${computed}.`,
          stated,
          computed: verdict.computed,
          source: row.source,
          ...rowLineKey(row),
          cells: [
            tableCell(table, row, rate, stated),
            tableCell(table, row, part, partValue),
            tableCell(table, row, base, baseValue),
          ],
          arithmetic: rateArithmetic(how, computed, { name: rateName, value: stated }, printed),
          inferred: proven
            ? []
            : [
                {
                  ko: `'${columnName(table, base)}'이 이 비율의 분모인지를 머리글 이름으로 추정`,
                  en: `that '${columnName(table, base)}' is this rate's base was inferred from the headers`,
                },
              ],
        }),
      );
    }
  }
  return findings;
}
