import type { BudgetLine, Finding } from '../../model/report';
import { formatWonWithUnit } from '../../money/format';
import { MONEY_UNITS } from '../../money/types';
import { budgetInForce } from '../../variance/line-variance';
import { lineCell, sumArithmetic } from '../evidence';
import { makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';

/** A line's figure its parts add up to: the budget in force, else a multi-year total. */
function mainFigure(line: BudgetLine): number | undefined {
  return budgetInForce(line) ?? line.totalCost;
}

export interface LineTotalsOptions {
  /** lines checked elsewhere as parents (a table's rows, a linked sub-project table) */
  skip?: ReadonlySet<string>;
  /** lines whose parent the layout suggested rather than stated */
  inferredLinks?: ReadonlySet<string>;
}

const LINK_GUESS = {
  ko: '제목의 들여쓰기만 보고 세부 항목을 이 사업의 일부로',
  en: 'the sub-lines were taken for parts of this line from the headings’ nesting alone',
};

/**
 * A line with sub-lines (parentKey) against the sum of their budgets, when every sub-line has one:
 * a statement and its breakdown (`- 공사비: …`, `(공사비 62, 설계비 4)`). Rounded units (백만원 and
 * up) allow half a unit per sub-line: info 'total-rounding'.
 */
export function auditLineTotals(lines: BudgetLine[], options: LineTotalsOptions = {}): Finding[] {
  const children = new Map<string, BudgetLine[]>();
  for (const line of lines) {
    if (line.parentKey === undefined || line.parentKey === line.key) continue;
    const siblings = children.get(line.parentKey) ?? [];
    siblings.push(line);
    children.set(line.parentKey, siblings);
  }
  return lines.flatMap((parent) => {
    if (options.skip?.has(parent.key)) return [];
    const stated = mainFigure(parent);
    if (stated === undefined || parent.noBudget) return [];
    return splitsOf(parent, children.get(parent.key) ?? []).flatMap((parts) =>
      checkParts(parent, stated, parts, options),
    );
  });
}

/**
 * The parts of one total: those in its own parenthesis (`1,200억원(공사 700, 보상 500)`) and those
 * on the deeper lines below it (`- 1단계: 800억원`) are two splits of the same whole when both
 * are there, each checked against it alone.
 */
function splitsOf(parent: BudgetLine, parts: BudgetLine[]): BudgetLine[][] {
  const inline = parts.filter((part) => part.source.line === parent.source.line);
  const below = parts.filter((part) => part.source.line !== parent.source.line);
  return inline.length > 0 && below.length > 0 ? [inline, below] : [parts];
}

function checkParts(
  parent: BudgetLine,
  stated: number,
  parts: BudgetLine[],
  options: LineTotalsOptions,
): Finding[] {
  if (parts.length < 2) return [];
  const figures = parts.map(mainFigure);
  if (figures.some((figure) => figure === undefined)) return [];
  const sum = figures.reduce<number>((total, figure) => total + (figure ?? 0), 0);
  if (sum === stated) return [];
  const unit = parent.statedUnit ?? '천원';
  const step = MONEY_UNITS[unit] >= 1_000_000 ? MONEY_UNITS[unit] : 0;
  const rounding = Math.abs(stated - sum) <= (parts.length / 2) * step;
  const write = (won: number) =>
    formatWonWithUnit(won, unit, { decimals: won % MONEY_UNITS[unit] === 0 ? 0 : 3 });
  const gap = write(Math.abs(stated - sum));
  const terms = parts.map((part, index) => ({ name: part.project, value: figures[index] ?? 0 }));
  return [
    makeFinding({
      severity: rounding ? 'info' : 'error',
      code: rounding ? 'total-rounding' : 'total-mismatch',
      ko: `${quoted(parent.project)}의 예산 ${withParticle(write(stated), '이/가')} 세부 항목 ${parts.length}건의 합계 ${withParticle(write(sum), '과/와')} ${gap} 다릅니다${rounding ? '(반올림 차이로 보임)' : ''}`,
      en: `${quoted(parent.project)}: ${write(stated)}, but its ${parts.length} sub-lines add up to ${write(sum)} (off by ${gap}${rounding ? ', within rounding' : ''}).`,
      stated,
      computed: sum,
      source: parent.source,
      lineKey: parent.key,
      cells: [
        lineCell(parent, '예산', stated),
        ...parts.map((part, index) => lineCell(part, '예산', figures[index] ?? 0)),
      ],
      arithmetic: sumArithmetic({ name: parent.project, value: stated }, terms, write),
      inferred: parts.some((part) => options.inferredLinks?.has(part.key)) ? [LINK_GUESS] : [],
    }),
  ];
}
