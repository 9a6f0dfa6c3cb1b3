/**
 * Money multiplications printed in prose: `2명*3.5백만원 = 70백만원`, `20만원×3,000명`,
 * `3명*12.8백만원*12개월`. Exactly one factor is money; the others are counts (`2명`, `12개월`,
 * `1.1`) or percentages. A chain touching another operator (`(3명+2명)×5백만원`) is no formula here.
 */

/** Won per money unit a formula may use (`만원` included: unit prices are often in it). */
export const UNIT_WON: Record<string, number> = {
  조원: 1e12,
  억원: 1e8,
  천만원: 1e7,
  백만원: 1e6,
  만원: 1e4,
  천원: 1e3,
  원: 1,
};

export interface MoneyFigure {
  won: number;
  /** the unit and its printed step (3.5백만원 → 0.1백만원 = 100,000원) */
  unit: string;
  step: number;
  text: string;
}

export interface Factor {
  text: string;
  /** a count's value (`2명` → 2, `1만명` → 10,000, `10%` → 0.1); absent for the money factor */
  count?: number;
  money?: MoneyFigure;
}

export interface MoneyFormula {
  /** the chain as printed, result included */
  text: string;
  factors: Factor[];
  money: MoneyFigure;
  /** the product in won */
  product: number;
  /** how far the product may be off because the money factor was itself rounded */
  slack: number;
  /** the figure after `=`, when printed */
  result?: MoneyFigure;
  start: number;
  end: number;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const UNIT = String.raw`(?:조원|억원|천만원|백만원|만원|천원|원|%|[가-힣]{1,3})`;
const OPERAND = String.raw`${NUMBER}\s*${UNIT}?`;
const TIMES = String.raw`\s*[×*✕]\s*`;
const CHAIN = new RegExp(
  String.raw`(?<![\d.,])${OPERAND}(?:${TIMES}${OPERAND})+(?:\s*=\s*${NUMBER}\s*${UNIT}?)?`,
  'g',
);
const OPERAND_PARTS = new RegExp(String.raw`^(${NUMBER})\s*(${UNIT})?$`);

function decimals(number: string): number {
  return number.includes('.') ? number.split('.')[1]!.length : 0;
}

function moneyOf(number: string, unit: string | undefined, text: string): MoneyFigure | undefined {
  const won = unit === undefined ? undefined : UNIT_WON[unit];
  if (won === undefined) return undefined;
  const value = Number(number.replace(/,/g, ''));
  const step = won / 10 ** decimals(number);
  return { won: Math.round(value * won), unit: unit!, step, text };
}

function factorOf(text: string): Factor | undefined {
  const parts = OPERAND_PARTS.exec(text.trim());
  if (!parts) return undefined;
  const [, number, unit] = parts;
  const money = moneyOf(number!, unit, text.trim());
  if (money) return { text: text.trim(), money };
  const value = Number(number!.replace(/,/g, ''));
  if (unit === '%') return { text: text.trim(), count: value / 100 };
  const scale = unit?.startsWith('억') ? 1e8 : unit?.startsWith('만') ? 1e4 : 1;
  return { text: text.trim(), count: value * scale };
}

/** The character before and after: an operator or digit there means the chain is only a part. */
function isolated(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).trimEnd().at(-1) ?? '';
  const after = text.slice(end).trimStart().at(0) ?? '';
  return !/[\d.+\-−÷/×*✕~=]/.test(before) && !/[\d+\-−÷/×*✕~=(]/.test(after);
}

/** Every money multiplication in a piece of prose, with its result when one is printed. */
export function moneyFormulas(text: string): MoneyFormula[] {
  const formulas: MoneyFormula[] = [];
  for (const match of text.matchAll(CHAIN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isolated(text, start, end)) continue;
    const [left, right] = match[0].split('=');
    const factors = left!.split(/[×*✕]/).map(factorOf);
    if (factors.some((factor) => factor === undefined)) continue;
    const money = factors.flatMap((factor) => (factor?.money ? [factor.money] : []));
    if (money.length !== 1) continue;
    const counts = factors.map((factor) => factor?.count ?? 1);
    const multiplier = counts.reduce((product, count) => product * count, 1);
    const formula: MoneyFormula = {
      text: match[0].trim(),
      factors: factors as Factor[],
      money: money[0]!,
      product: money[0]!.won * multiplier,
      slack: (money[0]!.step / 2) * Math.abs(multiplier),
      start,
      end,
    };
    if (right !== undefined) {
      const parts = OPERAND_PARTS.exec(right.trim());
      const result = parts && moneyOf(parts[1]!, parts[2], right.trim());
      if (!result) continue;
      formula.result = result;
    }
    formulas.push(formula);
  }
  return formulas;
}

/**
 * Whether a printed figure is the product at its printed precision: rounded, or cut off, to its
 * step, with the money factor's own rounding allowed on top.
 */
export function agreesWithProduct(
  stated: number,
  product: number,
  step: number,
  slack: number,
): boolean {
  const tolerance = step / 2 + slack + 1e-6 * Math.max(1, Math.abs(product));
  if (Math.abs(stated - product) <= tolerance) return true;
  return Math.abs(stated - Math.trunc(product / step) * step) <= slack + 1e-6 * Math.abs(product);
}
