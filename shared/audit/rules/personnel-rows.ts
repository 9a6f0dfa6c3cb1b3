import type { Finding, PersonnelRow } from '../../model/report';
import { formatWon } from '../../money/format';
import { appendAll, groupBy } from '../collections';
import { makeFinding } from '../finding';
import { differenceArithmetic, sumArithmetic } from '../evidence';
import type { FindingCell } from '../../model/report';
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

function personCell(row: PersonnelRow, field: Field | 'surplus', value: number): FindingCell {
  const cell: FindingCell = { ...row.source, rowLabel: rowName(row), value };
  delete cell.text;
  cell.columnLabel = field === 'surplus' ? '과부족' : FIELD_NAME[field].ko;
  return cell;
}

function totalFinding(
  row: PersonnelRow,
  field: Field,
  stated: number,
  parts: PersonnelRow[],
  over: { ko: string; en: string },
): Finding {
  const computed = parts.reduce((sum, part) => sum + (part[field] ?? 0), 0);
  const gap = people(Math.abs(stated - computed));
  const name = FIELD_NAME[field];
  const terms = parts.map((part) => ({ name: rowName(part), value: part[field] ?? 0 }));
  return makeFinding({
    cells: [
      personCell(row, field, stated),
      ...parts.map((part) => personCell(part, field, part[field] ?? 0)),
    ],
    arithmetic: sumArithmetic({ name: `${rowName(row)} ${name.ko}`, value: stated }, terms, count),
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
    return stated === sum ? [] : [totalFinding(total, field, stated, parts, over)];
  });
}

function surplusFinding(row: PersonnelRow): Finding[] {
  const { authorized, current, surplus } = row;
  if (authorized === undefined || current === undefined || surplus === undefined) return [];
  const computed = current - authorized;
  if (surplus === computed) return [];
  return [
    makeFinding({
      cells: [
        personCell(row, 'surplus', surplus),
        personCell(row, 'current', current),
        personCell(row, 'authorized', authorized),
      ],
      arithmetic: differenceArithmetic(
        { name: '과부족', value: surplus },
        { name: '현원', value: current },
        { name: '정원', value: authorized },
        count,
      ),
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

/** The grades a department's 계 adds up: groups' own rows, and grades of groups that have none. */
function topLevel(grades: PersonnelRow[]): PersonnelRow[] {
  const groups = new Set(grades.filter((row) => row.group === undefined).map((row) => row.grade));
  return grades.filter((row) => row.group === undefined || !groups.has(row.group));
}

const count = (value: number) => formatWon(value, '원');

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
    const grades = topLevel(gradesOf.get(total.department) ?? []);
    appendAll(findings, sumsAgainst(total, grades, { ko: '직급별', en: 'grades' }));
  }
  // a group's own row (`일반직`) against the grades listed under it (`4급` … `9급`)
  for (const grades of gradesOf.values()) {
    const members = groupBy(
      grades.filter((row) => row.group !== undefined),
      (row) => row.group,
    );
    for (const row of grades) {
      const under = row.group === undefined ? members.get(row.grade) : undefined;
      if (under) appendAll(findings, sumsAgainst(row, under, { ko: '직급별', en: 'grades' }));
    }
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
