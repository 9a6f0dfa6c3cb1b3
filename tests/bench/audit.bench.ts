/**
 * How fast the arithmetic core is on a large document: parsing cells, and auditing many tables and
 * lines. Each is compared with a naive baseline doing the bare minimum on the same data; the name
 * and personnel rules are compared with the quadratic algorithms they replaced (kept below).
 */
import { auditNames, auditPersonnelRows, auditReport } from '../../shared/audit';
import type { ObservedName } from '../../shared/model/audit-input';
import { normalizeName } from '../../shared/model/line-key';
import type { PersonnelRow } from '../../shared/model/report';
import type { AuditTable } from '../../shared/model/table';
import { formatWon, parseCell } from '../../shared/money';
import { editDistance, jamoDistance } from '../../shared/text/similarity';
import { budgetLine, input, name, person, table } from '../fixtures/audit/build';

const TABLES = 200;
const ROWS = 100;
const LINES = 20_000;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function makeTable(seed: number): AuditTable {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const budget = 1_000 + ((seed * 7919 + i * 104_729) % 900_000);
    const spent = Math.floor(budget * 0.6);
    const rate = `${(Math.round((spent / budget) * 1000) / 10).toFixed(1)}%`;
    return {
      label: `사업 ${i}`,
      cells: [formatWon(budget * 1000, '천원'), formatWon(spent * 1000, '천원'), rate],
    };
  });
  return table({
    unitLine: '(단위: 천원, %)',
    columns: [
      ['label', '사업명'],
      ['currentBudget', '예산현액'],
      ['spent', '지출액'],
      ['executionRate', '집행률'],
    ],
    rows,
  });
}

export const title = 'money parsing and the consistency audit';

export async function run(): Promise<void> {
  const cells = Array.from({ length: 200_000 }, (_, i) => formatWon(i * 7_919_000, '천원'));
  const unit = { kind: 'money', unit: '천원' } as const;
  const parsing = time(() => cells.forEach((cell) => parseCell(cell, unit)));
  const naiveParsing = time(() => cells.forEach((cell) => Number(cell.replace(/,/g, '')) * 1000));
  console.log(
    `parseCell: ${cells.length} cells in ${parsing.toFixed(0)} ms (naive Number(): ${naiveParsing.toFixed(0)} ms, ×${(parsing / naiveParsing).toFixed(1)})`,
  );

  const tables = Array.from({ length: TABLES }, (_, i) => makeTable(i));
  const lines = Array.from({ length: LINES }, (_, i) =>
    budgetLine({
      project: `사업 ${i}`,
      key: `k${i}`,
      requiredBudget: (i + 1) * 1_000_000,
      statedUnit: '천원',
      funding: { city: (i + 1) * 400_000, district: (i + 1) * 600_000 },
    }),
  );
  const audit = input({ tables, lines });
  let findings = 0;
  const auditing = time(() => (findings = auditReport(audit).length));
  const naiveAudit = time(() => {
    for (const t of tables)
      for (const r of t.rows)
        for (const c of r.cells) if (c.kind === 'number') findings += 0 * c.value;
    for (const l of lines) findings += 0 * ((l.requiredBudget ?? 0) - (l.funding?.city ?? 0));
  });
  console.log(
    `auditReport: ${TABLES}×${ROWS} rows + ${LINES} lines in ${auditing.toFixed(0)} ms, ${findings} findings (naive pass over the figures: ${naiveAudit.toFixed(1)} ms, ×${(auditing / Math.max(naiveAudit, 0.1)).toFixed(0)})`,
  );
  await runAtScale();
}

// ---- scale: thousands of department names, tens of thousands of lines and personnel rows ----

const DEPARTMENT_NAMES = 5_000;
const SCALE_ROWS = 50_000;
const SYLLABLES = [
  ...'가나다라마바사아자차카타파하시민복지문화도시환경안전건설교통주택공원녹지청년노인아동여성보건위생',
  ...'세무징수회계계약감사기획예산법무정보통신홍보평생교육체육관광경제일자리산업디자인',
];
const SUFFIXES = ['과', '팀', '담당관', '지원과', '관리팀', '정책과'];

/** The same syllable with the next vowel: 시 → 스, one jamo apart. */
const nextVowel = (syllable: string) =>
  String.fromCodePoint((((syllable.codePointAt(0) ?? 0xac00) - 0xac00 + 28) % 11_172) + 0xac00);

/** Deterministic distinct department names; one in a hundred is a one-jamo typo of another. */
function departmentNames(count: number): string[] {
  const names = new Set<string>();
  let seed = 1;
  const next = () => (seed = (seed * 48_271) % 2_147_483_647);
  while (names.size < count) {
    const previous = [...names].at(-1);
    if (names.size % 100 === 99 && previous) {
      names.add(`${nextVowel(previous[0] ?? '가')}${previous.slice(1)}`);
      continue;
    }
    const length = 2 + (next() % 5);
    const stem = Array.from({ length }, () => SYLLABLES[next() % SYLLABLES.length]).join('');
    names.add(`${stem}${SUFFIXES[next() % SUFFIXES.length]}`);
  }
  return [...names];
}

/** The department rule as first written: every pair of distinct spellings compared. */
function quadraticDepartmentPairs(observed: ObservedName[]): number {
  const counts = new Map<string, number>();
  for (const item of observed) {
    const text = normalizeName(item.name);
    if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const all = [...counts.keys()];
  let pairs = 0;
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1)) if (oldOneSyllableApart(a, b)) pairs += 1;
  });
  return pairs;
}

function oldOneSyllableApart(a: string, b: string): boolean {
  const left = [...a];
  const right = [...b];
  if (left.length !== right.length || left.length < 4) return false;
  if (editDistance(a, b) !== 1) return false;
  const at = left.findIndex((char, index) => char !== right[index]);
  const pair = [left[at] ?? '', right[at] ?? ''];
  if (!pair.every((char) => /^[가-힣]$/.test(char))) return false;
  return jamoDistance(pair[0] ?? '', pair[1] ?? '') <= 2;
}

const TOTAL = /^(총계|합계|계|합|소계)$/;
const isTotal = (text: string | undefined) =>
  text !== undefined && TOTAL.test(text.replace(/\s+/g, ''));

/** The personnel-row totals as first written: all rows filtered again for each total row. */
function quadraticPersonnelTotals(rows: PersonnelRow[]): number {
  let mismatches = 0;
  const check = (total: PersonnelRow, parts: PersonnelRow[]) => {
    for (const field of ['authorized', 'current'] as const) {
      const sum = parts.reduce((acc, part) => acc + (part[field] ?? 0), 0);
      if (parts.length > 0 && total[field] !== sum) mismatches += 1;
    }
  };
  for (const total of rows.filter((row) => isTotal(row.grade))) {
    check(
      total,
      rows.filter((r) => r.department === total.department && !isTotal(r.grade) && r !== total),
    );
  }
  for (const total of rows.filter((row) => isTotal(row.department))) {
    check(
      total,
      rows.filter((r) => !isTotal(r.department) && r.grade === total.grade),
    );
  }
  return mismatches;
}

/** Departments × grades (the 계 grade states each department's sum), plus 합계 rows per grade. */
function personnelRows(departments: string[], count: number): PersonnelRow[] {
  const grades = ['4급', '5급', '6급', '7급', '8급', '9급', '별정', '임기제', '기능직'];
  const perDepartment = grades.length + 1;
  const rows: PersonnelRow[] = [];
  const byGrade = new Map<string, number>();
  for (const department of departments.slice(0, Math.floor(count / perDepartment))) {
    let sum = rows.length % 4_999 === 0 ? 1 : 0; // now and then a 계 row that is one person off
    for (const grade of grades) {
      const current = 1 + (rows.length % 7);
      sum += current;
      byGrade.set(grade, (byGrade.get(grade) ?? 0) + current);
      rows.push(person({ department, grade, current, authorized: current, line: rows.length }));
    }
    rows.push(
      person({ department, grade: '계', current: sum, authorized: sum, line: rows.length }),
    );
  }
  for (const [grade, current] of byGrade) {
    rows.push(
      person({ department: '합계', grade, current, authorized: current, line: rows.length }),
    );
  }
  return rows;
}

function report(what: string, fast: number, slow: number, note: string): void {
  console.log(
    `${what}: ${fast.toFixed(0)} ms (quadratic baseline: ${slow.toFixed(0)} ms, ${(slow / Math.max(fast, 0.1)).toFixed(0)}× faster) ${note}`,
  );
}

async function runAtScale(): Promise<void> {
  const departments = departmentNames(DEPARTMENT_NAMES);
  const observed = departments.flatMap((text, i) =>
    Array.from({ length: 1 + (i % 3) }, () => name('department', text, i + 1)),
  );
  let typos = 0;
  let baselinePairs = 0;
  const names = time(() => (typos = auditNames(observed).length));
  const naiveNames = time(() => (baselinePairs = quadraticDepartmentPairs(observed)));
  report(
    `auditNames: ${DEPARTMENT_NAMES} distinct department names`,
    names,
    naiveNames,
    `— ${typos} typo warnings, baseline found ${baselinePairs} pairs`,
  );

  const rows = personnelRows(departments, SCALE_ROWS);
  let mismatches = 0;
  let baselineMismatches = 0;
  const personnel = time(() => (mismatches = auditPersonnelRows(rows).length));
  const naivePersonnel = time(() => (baselineMismatches = quadraticPersonnelTotals(rows)));
  report(
    `auditPersonnelRows: ${rows.length} personnel rows`,
    personnel,
    naivePersonnel,
    `— ${mismatches} findings, baseline ${baselineMismatches}`,
  );

  const lines = Array.from({ length: SCALE_ROWS }, (_, i) =>
    budgetLine({
      project: `사업 ${i}`,
      key: `k${i}`,
      parentKey: i % 10 === 0 ? undefined : `k${i - (i % 10)}`,
      requiredBudget: (i + 1) * 1_000_000,
      statedUnit: i % 997 === 0 ? '원' : '천원',
      funding: { city: (i + 1) * 400_000, district: (i + 1) * 600_000 },
    }),
  );
  const whole = input({ lines, personnel: rows, names: observed });
  let findings = 0;
  const auditing = time(() => (findings = auditReport(whole).length));
  const naivePass = time(() => {
    for (const l of lines) findings += 0 * ((l.requiredBudget ?? 0) - (l.funding?.city ?? 0));
    for (const r of rows) findings += 0 * (r.current ?? 0);
  });
  console.log(
    `auditReport: ${SCALE_ROWS} lines + ${rows.length} personnel rows + ${DEPARTMENT_NAMES} names in ${auditing.toFixed(0)} ms, ${findings} findings (naive pass over the figures: ${naivePass.toFixed(1)} ms)`,
  );
}
