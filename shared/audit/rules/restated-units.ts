/**
 * The same project stated twice (a summary and its detail page) with the same digits in different
 * units (`371백만원` and `371억원` for one phase over the same years): one unit is misprinted. The
 * statement whose figure its own breakdown or its siblings prove is taken as right; the other is
 * the error. Without such proof the two are reported as a warning that says which is which.
 */
import type { BudgetLine, Finding } from '../../model/report';
import { MONEY_UNITS } from '../../money/types';
import { formatWon } from '../../money/format';
import { makeFinding } from '../finding';
import { lineCell } from '../evidence';
import { withParticle } from '../korean';
import { restatedName, sameProject } from './restated-names';

type Field = 'totalCost' | 'budget' | 'requiredBudget';
const FIELDS: readonly Field[] = ['totalCost', 'budget', 'requiredBudget'];
const FIELD_NAMES: Record<Field, string> = {
  totalCost: '총사업비',
  budget: '예산',
  requiredBudget: '소요예산',
};

interface Statement {
  line: BudgetLine;
  field: Field;
  value: number;
  /** the figure as printed in its unit (`371`) */
  printed: string;
  period: string;
}

/** `(2022~2029)`, `’22~’29`: the years a line's own name states. */
function periodOf(line: BudgetLine): string | undefined {
  if (line.period) return `${line.period.from}-${line.period.to}`;
  const full = /((?:19|20)\d{2})\s*[~∼–-]\s*((?:19|20)\d{2})/.exec(line.project);
  return full ? `${full[1]}-${full[2]}` : undefined;
}

function statementOf(line: BudgetLine): Statement | undefined {
  const unit = line.statedUnit;
  if (unit === undefined || line.approximate || line.range) return undefined;
  const field = FIELDS.find((name) => line[name] !== undefined);
  const value = field ? line[field] : undefined;
  const period = periodOf(line);
  if (!field || value === undefined || value <= 0 || period === undefined) return undefined;
  const printed = String(Math.round((value / MONEY_UNITS[unit]) * 1e6) / 1e6);
  return { line, field, value, printed, period };
}

/** The parts written in parentheses right after the amount add up to it: `371억원(공사 302, 보상 25, 기타 44)`. */
export function breakdownProves(text: string, printed: string): boolean {
  const [whole, fraction] = printed.split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = `(?:${grouped}|${whole})${fraction ? `\\.${fraction}` : ''}`;
  const amount = new RegExp(`(?<![\\d,.])${digits}\\s*(?:조|억|백만|천)?\\s*원?\\s*\\(([^()]*)\\)`);
  const inside = amount.exec(text)?.[1];
  if (!inside || inside.includes('%')) return false;
  const parts = [...inside.matchAll(/[가-힣]+\s*([\d,]+(?:\.\d+)?)/g)].map((m) =>
    Number(m[1]!.replace(/,/g, '')),
  );
  if (parts.length < 2) return false;
  const sum = parts.reduce((a, b) => a + b, 0);
  return Math.abs(sum - Number(printed)) < 1e-6;
}

/** Some of the line's siblings, with it, add up to their parent exactly (`840 + 371 = 1,211`). */
function siblingsProve(
  statement: Statement,
  byKey: Map<string, BudgetLine>,
  children: Map<string, BudgetLine[]>,
): boolean {
  const parent = statement.line.parentKey ? byKey.get(statement.line.parentKey) : undefined;
  const whole = parent?.[statement.field];
  if (!parent || whole === undefined) return false;
  const others = (children.get(parent.key) ?? [])
    .filter((line) => line !== statement.line)
    .map((line) => line[statement.field])
    .filter((value): value is number => value !== undefined)
    .slice(0, 12);
  const target = whole - statement.value;
  if (target === 0) return true;
  for (let mask = 1; mask < 1 << others.length; mask++) {
    let sum = 0;
    for (let bit = 0; bit < others.length; bit++) if (mask & (1 << bit)) sum += others[bit]!;
    if (sum === target) return true;
  }
  return false;
}

function isAncestor(line: BudgetLine, of: BudgetLine, byKey: Map<string, BudgetLine>): boolean {
  let current: BudgetLine | undefined = of;
  for (let depth = 0; current?.parentKey !== undefined && depth < 20; depth++) {
    if (current.parentKey === line.key) return true;
    current = byKey.get(current.parentKey);
  }
  return false;
}

function written(statement: Statement): string {
  return `${formatWon(statement.value, statement.line.statedUnit!)}${statement.line.statedUnit!}`;
}

function finding(wrong: Statement, right: Statement, proven: boolean): Finding {
  const field = FIELD_NAMES[wrong.field];
  const where = (s: Statement) =>
    s.line.source.page !== undefined ? `${s.line.source.page}쪽` : `${s.line.source.line}번 줄`;
  const whereEn = (s: Statement) =>
    s.line.source.page !== undefined ? `p.${s.line.source.page}` : `line ${s.line.source.line}`;
  const why = proven
    ? {
        ko: `${where(right)}의 ${withParticle(written(right), '은/는')} 그 내역·합계와 맞습니다`,
        en: `the ${whereEn(right)} figure agrees with its breakdown or siblings`,
      }
    : { ko: '어느 쪽이 맞는지는 알 수 없습니다', en: 'which one is right cannot be told' };
  return makeFinding({
    severity: proven ? 'error' : 'warning',
    code: 'unit-anomaly',
    ko: `'${wrong.line.project}'의 ${field} ${withParticle(written(wrong), '이/가')} 같은 기간(${wrong.period.replace('-', '~')})의 같은 사업을 적은 ${where(right)} '${right.line.project}' ${withParticle(written(right), '과/와')} 숫자는 같고 단위만 다릅니다; ${why.ko}`,
    en: `'${wrong.line.project}' states ${field} ${written(wrong)}, while ${whereEn(right)} states the same project over the same years (${wrong.period.replace('-', '–')}) as ${written(right)}: same digits, another unit; ${why.en}`,
    stated: wrong.value,
    computed: right.value,
    source: wrong.line.source,
    lineKey: wrong.line.key,
    cells: [lineCell(wrong.line, field, wrong.value), lineCell(right.line, field, right.value)],
  });
}

/**
 * Pairs of statements with the same printed digits in different units, for the same field, years
 * and project (by name, never a line and its own part): linear in the lines, pairs only within a
 * group of equal digits.
 */
export function auditRestatedUnits(lines: readonly BudgetLine[]): Finding[] {
  const byKey = new Map(lines.map((line) => [line.key, line]));
  const children = new Map<string, BudgetLine[]>();
  for (const line of lines)
    if (line.parentKey)
      children.set(line.parentKey, [...(children.get(line.parentKey) ?? []), line]);
  const groups = new Map<string, Statement[]>();
  for (const line of lines) {
    const statement = statementOf(line);
    if (!statement) continue;
    const key = `${statement.field}|${statement.printed}|${statement.period}`;
    groups.set(key, [...(groups.get(key) ?? []), statement]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > 6) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        if (a.line.statedUnit === b.line.statedUnit || a.line.source.line === b.line.source.line)
          continue;
        if (isAncestor(a.line, b.line, byKey) || isAncestor(b.line, a.line, byKey)) continue;
        if (!sameProject(restatedName(a.line, byKey), restatedName(b.line, byKey))) continue;
        const proves = (s: Statement) =>
          breakdownProves(s.line.source.text ?? '', s.printed) || siblingsProve(s, byKey, children);
        const [aProven, bProven] = [proves(a), proves(b)];
        if (aProven && bProven) continue;
        if (aProven) findings.push(finding(b, a, true));
        else if (bProven) findings.push(finding(a, b, true));
        else findings.push(finding(b, a, false));
      }
    }
  }
  return findings;
}
