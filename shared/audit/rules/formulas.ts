/**
 * Multiplications printed in the text, multiplied out: `2명*3.5백만원 = 70백만원` against its own
 * result, and a formula with no result that is the only item under an amount (`ㅇ 공무직 인건비 :
 * 100백만원` › `- 3명*12.8백만원*12개월`) against that amount.
 */
import type { StatedFormula } from '../../model/audit-input';
import type { BudgetLine, Finding, FindingCell } from '../../model/report';
import { findAmounts } from '../../money/amounts';
import { MONEY_UNITS } from '../../money/types';
import { budgetInForce } from '../../variance/line-variance';
import { lineCell } from '../evidence';
import { FINDING_CODES, makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';
import { agreesWithProduct, moneyFormulas, UNIT_WON, type MoneyFormula } from '../formula-text';

/** Words that make a formula's value something other than the whole amount above it. */
const NOT_THE_WHOLE =
  /약|내외|정도|이내|가량|안팎|남짓|평균|일부|별도|포함|제외|중\s|국비|시비|도비|구비|군비|기금|분담|부담/;

/** A figure in a formula's unit, with the decimals it needs (7백만원, 460.8백만원). */
function written(won: number, unit: string): string {
  const value = won / (UNIT_WON[unit] ?? 1);
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 3 })}${unit}`;
}

function formulaCell(formula: StatedFormula, label: string, value: number): FindingCell {
  return { line: formula.source.line, rowLabel: formula.text.trim(), columnLabel: label, value };
}

function arithmeticOf(parsed: MoneyFormula, stated: string, product: string) {
  const body = `${parsed.factors.map((factor) => factor.text).join(' × ')} = ${product} ≠ ${stated}`;
  return { ko: body, en: body };
}

function withResult(formula: StatedFormula, parsed: MoneyFormula): Finding[] {
  const result = parsed.result!;
  if (agreesWithProduct(result.won, parsed.product, result.step, parsed.slack)) return [];
  const product = written(parsed.product, result.unit);
  const stated = written(result.won, result.unit);
  return [
    makeFinding({
      severity: 'error',
      code: FINDING_CODES.formulaMismatch,
      ko: `식 '${parsed.text}'의 결과 ${withParticle(stated, '이/가')} 곱한 값 ${withParticle(product, '과/와')} 다릅니다`,
      en: `The formula '${parsed.text}' prints ${stated}, but the product is ${product}.`,
      stated: result.won,
      computed: parsed.product,
      source: formula.source,
      cells: [formulaCell(formula, '결과', result.won), formulaCell(formula, '곱', parsed.product)],
      arithmetic: arithmeticOf(parsed, stated, product),
    }),
  ];
}

function againstWhole(formula: StatedFormula, parsed: MoneyFormula, whole: BudgetLine): Finding[] {
  const stated = budgetInForce(whole);
  const printed = formula.whole!;
  if (stated === undefined) return [];
  const step = MONEY_UNITS[printed.unit] / 10 ** printed.decimals;
  if (agreesWithProduct(stated, parsed.product, step, parsed.slack)) return [];
  const product = written(parsed.product, printed.unit);
  const amount = written(stated, printed.unit);
  const name = quoted(whole.project);
  // a formula costing more than the whole cannot be one of its parts; one costing less may be the
  // only part the document chose to spell out, so that is inferred, not certain
  const exceeds = parsed.product > stated;
  const inferred = exceeds
    ? { ko: '', en: '' }
    : {
        ko: ' (이 식이 금액 전체의 내역이라고 보고 비교했습니다. 다른 항목이 빠졌을 수 있습니다)',
        en: ' (taken as the whole amount’s breakdown; other items may be left out)',
      };
  return [
    makeFinding({
      severity: exceeds ? 'error' : 'warning',
      code: FINDING_CODES.formulaMismatch,
      ko: `${name}의 금액 ${amount}의 유일한 세부 항목인 식 '${parsed.text}'을(를) 계산하면 ${product}입니다${inferred.ko}`,
      en: `${name} states ${amount}, but the only item under it, '${parsed.text}', comes to ${product}${inferred.en}.`,
      stated,
      computed: parsed.product,
      source: formula.source,
      lineKey: whole.key,
      cells: [lineCell(whole, '금액', stated), formulaCell(formula, '곱', parsed.product)],
      arithmetic: arithmeticOf(parsed, `${whole.project} ${amount}`, product),
    }),
  ];
}

/** Every printed money formula against its result, or against the amount it is the only item of. */
export function auditFormulas(
  formulas: readonly StatedFormula[],
  lines: readonly BudgetLine[],
): Finding[] {
  const byKey = new Map(lines.map((line) => [line.key, line]));
  return formulas.flatMap((formula) => {
    const parsed = moneyFormulas(formula.text);
    const findings = parsed.filter((one) => one.result).flatMap((one) => withResult(formula, one));
    const whole = formula.whole && byKey.get(formula.whole.key);
    if (!whole || parsed.length !== 1 || parsed[0]!.result) return findings;
    const only = parsed[0]!;
    const rest = formula.text.slice(0, only.start) + formula.text.slice(only.end);
    // the formula must be the item's only figure and say nothing that makes it a part
    if (findAmounts(rest).length > 0 || /\d/.test(rest.replace(/[(（][^)）]*[)）]/g, '')))
      return findings;
    if (NOT_THE_WHOLE.test(formula.text)) return findings;
    return [...findings, ...againstWhole(formula, only, whole)];
  });
}
