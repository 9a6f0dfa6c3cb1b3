/**
 * A summary page lists `- 국립자연유산원 건립 ▹ 을숙도 일원, 사업비 1,810억원`, and the project's own
 * page states `총사업비 : 1,810억원`. A plain 사업비 is read as the year's need, but when the document
 * states the same amount as the whole cost of the same work elsewhere, and no year's budget of that
 * work is that amount, the summary restates the whole cost.
 */
import type { BudgetLine } from '../../model/report';

/** The name without spaces, brackets, quotes or what stands in parentheses. */
function core(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function sameWork(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 4 && longer.includes(shorter);
}

export function restateWholeCosts(lines: BudgetLine[]): void {
  const wholes = lines.filter((line) => line.totalCost !== undefined);
  if (wholes.length === 0) return;
  for (const line of lines) {
    const won = line.requiredBudget;
    if (won === undefined || line.budget !== undefined || line.totalCost !== undefined) continue;
    if (line.parentKey !== undefined || line.fromSentence) continue;
    const name = core(line.project);
    const whole = wholes.find(
      (other) => other !== line && other.totalCost === won && sameWork(name, core(other.project)),
    );
    if (!whole) continue;
    const yearBudget = lines.some(
      (other) =>
        other !== line &&
        (other.budget === won || other.currentBudget === won) &&
        sameWork(name, core(other.project)),
    );
    if (yearBudget) continue;
    line.totalCost = won;
    delete line.requiredBudget;
  }
}
