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
  return line.requiredBudget ?? line.budget;
}

interface Sibling {
  won: number;
  unit: MoneyUnit;
}

function dominantUnit(siblings: Sibling[]): MoneyUnit | undefined {
  const counts = new Map<MoneyUnit, number>();
  for (const sibling of siblings) counts.set(sibling.unit, (counts.get(sibling.unit) ?? 0) + 1);
  let best: [MoneyUnit, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
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
 * of them, and right among them if read in their unit → warning 'unit-anomaly' with the likely
 * unit and the value it would then have.
 */
export function auditUnitAnomalies(lines: BudgetLine[]): Finding[] {
  const figures = lines.flatMap((line) => {
    const won = mainFigure(line);
    return won !== undefined && won > 0 && line.statedUnit
      ? [{ line, won, unit: line.statedUnit }]
      : [];
  });
  const findings: Finding[] = [];
  for (const candidate of figures) {
    const siblings = figures.filter((other) => other !== candidate);
    const usual = dominantUnit(siblings);
    if (!usual || MONEY_UNITS[usual] <= MONEY_UNITS[candidate.unit]) continue;
    const peers = siblings.filter((other) => other.unit === usual).map((other) => other.won);
    if (peers.length < MIN_SIBLINGS) continue;
    const factor = MONEY_UNITS[usual] / MONEY_UNITS[candidate.unit];
    const reread = candidate.won * factor;
    const largerShare = peers.filter((won) => won >= candidate.won * 10).length / peers.length;
    const middle = median(peers);
    const fitsAmong = reread <= Math.max(...peers) * 10 && reread >= Math.min(...peers) / 10;
    if (largerShare < MOST || !fitsAmong) continue;
    if (distance(reread, middle) >= distance(candidate.won, middle)) continue;
    findings.push(
      unitFinding(candidate.line, candidate.won, candidate.unit, usual, reread, peers.length),
    );
  }
  return findings;
}

function unitFinding(
  line: BudgetLine,
  won: number,
  unit: MoneyUnit,
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
