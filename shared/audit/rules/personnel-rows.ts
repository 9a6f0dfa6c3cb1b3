import type { Finding, PersonnelRow } from '../../model/report';
import { formatWon } from '../../money/format';
import { appendAll, groupBy } from '../collections';
import { makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';

const TOTAL_NAME = /^(총계|합계|계|합|소계)$/;
const people = (count: number) => `${formatWon(count, '원')}명`;
const isTotalName = (name: string | undefined) =>
  name !== undefined && TOTAL_NAME.test(name.replace(/\s+/g, ''));

function rowName(row: PersonnelRow): string {
  return [row.department, row.grade].filter(Boolean).join(' ') || `${row.source.line}번 줄`;
}

type Field = 'authorized' | 'current';
const FIELD_NAME: Record<Field, { ko: string; en: string }> = {
  authorized: { ko: '정원', en: 'authorized' },
  current: { ko: '현원', en: 'current' },
};

function totalFinding(
  row: PersonnelRow,
  field: Field,
  stated: number,
  computed: number,
  over: { ko: string; en: string },
): Finding {
  const gap = people(Math.abs(stated - computed));
  const name = FIELD_NAME[field];
  return makeFinding({
    severity: 'error',
    code: 'personnel-total-mismatch',
    ko: `${quoted(rowName(row))}의 ${name.ko} ${withParticle(people(stated), '이/가')} ${over.ko} 합계 ${withParticle(people(computed), '과/와')} ${gap} 다릅니다`,
    en: `${quoted(rowName(row))}: ${name.en} ${people(stated)}, but the ${over.en} add up to ${people(computed)} (off by ${gap}).`,
    stated,
    computed,
    source: row.source,
  });
}

function sumsAgainst(
  total: PersonnelRow,
  parts: PersonnelRow[],
  over: { ko: string; en: string },
): Finding[] {
  if (parts.length === 0) return [];
  return (['authorized', 'current'] as const).flatMap((field) => {
    const stated = total[field];
    const values = parts.map((part) => part[field]);
    if (stated === undefined || values.every((value) => value === undefined)) return [];
    const sum = values.reduce<number>((acc, value) => acc + (value ?? 0), 0);
    return stated === sum ? [] : [totalFinding(total, field, stated, sum, over)];
  });
}

function surplusFinding(row: PersonnelRow): Finding[] {
  const { authorized, current, surplus } = row;
  if (authorized === undefined || current === undefined || surplus === undefined) return [];
  const computed = current - authorized;
  if (surplus === computed) return [];
  return [
    makeFinding({
      severity: 'error',
      code: 'personnel-surplus-mismatch',
      ko: `${quoted(rowName(row))}의 과부족 ${withParticle(people(surplus), '이/가')} 현원 ${people(current)} − 정원 ${people(authorized)} = ${withParticle(people(computed), '과/와')} 다릅니다`,
      en: `${quoted(rowName(row))}: surplus ${people(surplus)}, but current ${people(current)} − authorized ${people(authorized)} = ${people(computed)}.`,
      stated: surplus,
      computed,
      source: row.source,
    }),
  ];
}

/**
 * Personnel rows: 과부족 = 현원 − 정원; a department's 계 grade against its other grades; a 계/합계
 * department against the other departments, grade by grade.
 */
export function auditPersonnelRows(rows: PersonnelRow[]): Finding[] {
  const findings = rows.flatMap(surplusFinding);
  const gradesOf = groupBy(
    rows.filter((row) => !isTotalName(row.grade)),
    (row) => row.department,
  );
  for (const total of rows) {
    if (!isTotalName(total.grade)) continue;
    const grades = gradesOf.get(total.department) ?? [];
    appendAll(findings, sumsAgainst(total, grades, { ko: '직급별', en: 'grades' }));
  }
  const departmentsOf = groupBy(
    rows.filter((row) => !isTotalName(row.department)),
    (row) => row.grade,
  );
  for (const total of rows) {
    if (!isTotalName(total.department)) continue;
    const departments = departmentsOf.get(total.grade) ?? [];
    appendAll(findings, sumsAgainst(total, departments, { ko: '부서별', en: 'departments' }));
  }
  return findings;
}
