import type { BudgetLine, Finding } from '../../model/report';
import { formatWonWithUnit } from '../../money/format';
import { MONEY_UNITS, type MoneyUnit } from '../../money/types';
import { makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';

/** How many siblings in the usual unit we need before calling an amount odd. */
const MIN_SIBLINGS = 3;
/** Share of siblings that must be at least 10× larger than the amount as written. */
const MOST = 0.8;

function mainFigure(line: BudgetLine): number | undefined {
  return line.requiredBudget ?? line.budget ?? line.totalCost;
}

interface Figure {
  line: BudgetLine;
  won: number;
  unit: MoneyUnit;
}

/** The unit most lines are written in, not counting `exclude` (the line under suspicion). */
function dominantUnit(counts: Map<MoneyUnit, number>, exclude: MoneyUnit): MoneyUnit | undefined {
  let best: [MoneyUnit, number] | undefined;
  for (const [unit, total] of counts) {
    const count = unit === exclude ? total - 1 : total;
    if (count > 0 && (!best || count > best[1])) best = [unit, count];
  }
  return best?.[0];
}

/** Index of the first value ≥ `target` in ascending `sorted`. */
function lowerBound(sorted: number[], target: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function distance(a: number, b: number): number {
  return Math.abs(Math.log10(a) - Math.log10(b));
}

/**
 * A line whose stated unit makes its amount implausible next to its siblings: written in a smaller
 * unit than most lines of the document (e.g. `721,791원` among 천원 amounts), far smaller than most
 * of them (80% are 10× larger or more), and right among them if read in their unit (closer to
 * their median, within 10× of their range) → warning 'unit-anomaly' with the likely unit and the
 * value it would then have.
 */
export function auditUnitAnomalies(lines: BudgetLine[]): Finding[] {
  const figures: Figure[] = lines.flatMap((line) => {
    const won = mainFigure(line);
    const usable = won !== undefined && won > 0 && Number.isFinite(won) && !line.noBudget;
    return usable && line.statedUnit ? [{ line, won, unit: line.statedUnit }] : [];
  });
  const counts = new Map<MoneyUnit, number>();
  const byUnit = new Map<MoneyUnit, number[]>();
  for (const figure of figures) {
    counts.set(figure.unit, (counts.get(figure.unit) ?? 0) + 1);
    const amounts = byUnit.get(figure.unit) ?? [];
    amounts.push(figure.won);
    byUnit.set(figure.unit, amounts);
  }
  for (const amounts of byUnit.values()) amounts.sort((a, b) => a - b);
  const findings: Finding[] = [];
  for (const candidate of figures) {
    const usual = dominantUnit(counts, candidate.unit);
    if (!usual || MONEY_UNITS[usual] <= MONEY_UNITS[candidate.unit]) continue;
    const peers = byUnit.get(usual) ?? [];
    if (peers.length < MIN_SIBLINGS) continue;
    const reread = candidate.won * (MONEY_UNITS[usual] / MONEY_UNITS[candidate.unit]);
    const largerShare = (peers.length - lowerBound(peers, candidate.won * 10)) / peers.length;
    const [smallest = 0, largest = 0] = [peers[0], peers.at(-1)];
    const fitsAmong = reread <= largest * 10 && reread >= smallest / 10;
    if (largerShare < MOST || !fitsAmong) continue;
    const middle = median(peers);
    if (distance(reread, middle) >= distance(candidate.won, middle)) continue;
    findings.push(unitFinding(candidate, usual, reread, peers.length));
  }
  return findings;
}

function unitFinding(
  { line, won, unit }: Figure,
  usual: MoneyUnit,
  reread: number,
  peerCount: number,
): Finding {
  const written = formatWonWithUnit(won, unit);
  const likely = formatWonWithUnit(reread, usual);
  return makeFinding({
    severity: 'warning',
    code: 'unit-anomaly',
    ko: `${quoted(line.project)}의 금액 ${withParticle(written, '은/는')} 같은 문서의 다른 사업 ${peerCount}건(대부분 ${usual} 단위)보다 지나치게 작습니다. ${usual} 단위라면 ${likely}입니다`,
    en: `${quoted(line.project)}: ${written} is far smaller than the document's other ${peerCount} amounts (mostly in ${usual}). If the unit is ${usual}, it is ${likely}.`,
    stated: won,
    computed: reread,
    source: line.source,
    lineKey: line.key,
  });
}
