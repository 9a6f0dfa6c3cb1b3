import type { BudgetLine, Finding, StatedRates } from '../../model/report';
import { formatPercent, formatWonWithUnit } from '../../money/format';
import { budgetInForce } from '../../variance/line-variance';
import { makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';
import { checkRate, describeRate, impliedDecimals } from '../rate-check';
import { lineCell, rateArithmetic } from '../evidence';

interface LineRate {
  rate: keyof StatedRates;
  name: string;
  part: (line: BudgetLine) => number | undefined;
  base: (line: BudgetLine) => number | undefined;
  partName: string;
  baseName: string;
}

const LINE_RATES: readonly LineRate[] = [
  {
    rate: 'execution',
    name: '집행률',
    part: (l) => l.spent,
    base: budgetInForce,
    partName: '지출액',
    baseName: '예산현액',
  },
  {
    rate: 'obligation',
    name: '원인행위율',
    part: (l) => l.obligated,
    base: budgetInForce,
    partName: '원인행위액',
    baseName: '예산현액',
  },
  {
    rate: 'projected',
    name: '예상집행률',
    part: (l) => l.projectedSpend,
    base: budgetInForce,
    partName: '예상집행액',
    baseName: '예산현액',
  },
  {
    rate: 'change',
    name: '증감률',
    part: (l) => {
      const current = budgetInForce(l);
      return current === undefined || l.previousBudget === undefined
        ? undefined
        : current - l.previousBudget;
    },
    base: (l) => l.previousBudget,
    partName: '증감액',
    baseName: '전년도 예산',
  },
];

/** Rates a line states (from prose or a table row) against its own figures. */
export function auditLineRates(line: BudgetLine): Finding[] {
  const unit = line.statedUnit ?? '천원';
  const write = (won: number) => formatWonWithUnit(won, unit);
  return LINE_RATES.flatMap((spec) => {
    const stated = line.statedRates?.[spec.rate];
    const part = spec.part(line);
    const base = spec.base(line);
    if (stated === undefined || part === undefined || base === undefined || base === 0) return [];
    const decimals = impliedDecimals(stated);
    const verdict = checkRate(stated, part, base, decimals);
    if (verdict.kind === 'ok') return [];
    const printed = formatPercent(stated, decimals);
    const exact = describeRate(verdict.computed, decimals);
    const how = `${spec.partName} ${write(part)} ÷ ${spec.baseName} ${write(base)}`;
    const what = `${quoted(line.project)}의 ${spec.name}`;
    const truncated = verdict.kind === 'truncated';
    return [
      makeFinding({
        severity: truncated ? 'info' : 'error',
        code: truncated ? 'rate-truncated' : 'rate-mismatch',
        ko: truncated
          ? `${what} ${withParticle(printed, '은/는')} ${how} = ${exact}를 반올림하지 않고 버린 값입니다`
          : `${what} ${withParticle(printed, '이/가')} ${how} = ${exact}와 다릅니다`,
        en: truncated
          ? `${quoted(line.project)}, ${spec.rate} rate: ${printed} is ${exact} truncated, not rounded.`
          : `${quoted(line.project)}, ${spec.rate} rate: stated ${printed}, but ${how} = ${exact}.`,
        stated,
        computed: verdict.computed,
        source: line.source,
        lineKey: line.key,
        cells: [
          lineCell(line, spec.name, stated),
          lineCell(line, spec.partName, part),
          lineCell(line, spec.baseName, base),
        ],
        arithmetic: rateArithmetic(how, exact, { name: spec.name, value: stated }, printed),
      }),
    ];
  });
}
