import type { BudgetLine } from '../model/report';
import { normalizeName } from '../model/line-key';
import { yearlessKey } from './lines';
import { charsSimilarity, nameChars } from './name-similarity';
import type { MatchDecision, MatchSuggestion } from './types';

export interface LinePair {
  before?: BudgetLine;
  after?: BudgetLine;
  status: 'matched' | 'confirmed' | 'only-before' | 'only-after';
}

export interface MatchResult {
  pairs: LinePair[];
  suggestions: MatchSuggestion[];
}

/** names this close (0..1) are suggested as the same project renamed */
export const SUGGESTION_THRESHOLD = 0.6;

const pairId = (beforeKey: string, afterKey: string) => `${beforeKey}\u0000${afterKey}`;

/** Takes (and removes) the first line with this key from a list of unused lines. */
function takeByKey(pool: BudgetLine[], key: string): BudgetLine | undefined {
  const index = pool.findIndex((line) => line.key === key);
  return index < 0 ? undefined : pool.splice(index, 1)[0];
}

/**
 * Pairs the lines of two sides: first the pairs the user confirmed, then lines whose keys agree
 * once the fiscal year is dropped (in order, when a key repeats). Every input line ends up in
 * exactly one pair; what is left over is listed on its own side, and similar names among the
 * leftovers become suggestions (except pairs the user rejected).
 */
export function matchLines(
  before: readonly BudgetLine[],
  after: readonly BudgetLine[],
  decisions: readonly MatchDecision[] = [],
): MatchResult {
  const beforePool = [...before];
  const afterPool = [...after];
  const pairs: LinePair[] = [];
  for (const decision of decisions) {
    if (!decision.accepted) continue;
    const left = beforePool.find((line) => line.key === decision.beforeKey);
    const right = afterPool.find((line) => line.key === decision.afterKey);
    if (!left || !right) continue;
    takeByKey(beforePool, left.key);
    takeByKey(afterPool, right.key);
    pairs.push({ before: left, after: right, status: 'confirmed' });
  }
  const afterByKey = new Map<string, BudgetLine[]>();
  for (const line of afterPool) {
    const key = yearlessKey(line.key);
    afterByKey.set(key, [...(afterByKey.get(key) ?? []), line]);
  }
  const onlyBefore: BudgetLine[] = [];
  for (const line of beforePool) {
    const match = afterByKey.get(yearlessKey(line.key))?.shift();
    if (match) pairs.push({ before: line, after: match, status: 'matched' });
    else onlyBefore.push(line);
  }
  const onlyAfter = [...afterByKey.values()].flat();
  const rejected = new Set(
    decisions.filter((d) => !d.accepted).map((d) => pairId(d.beforeKey, d.afterKey)),
  );
  return {
    pairs: [
      ...pairs,
      ...onlyBefore.map((line): LinePair => ({ before: line, status: 'only-before' })),
      ...onlyAfter.map((line): LinePair => ({ after: line, status: 'only-after' })),
    ],
    suggestions: suggestMatches(onlyBefore, onlyAfter, rejected),
  };
}

/**
 * Name comparisons allowed in one matching (about a second of work). Real reports leave a few
 * hundred names over; two unrelated documents can leave tens of thousands, and then only the
 * first names of each department are tried.
 */
const MAX_COMPARISONS = 200_000;

function byDepartment(lines: readonly BudgetLine[]): Map<string, BudgetLine[]> {
  const groups = new Map<string, BudgetLine[]>();
  for (const line of lines) {
    const id = normalizeName(line.department ?? '');
    const group = groups.get(id);
    if (group) group.push(line);
    else groups.set(id, [line]);
  }
  return groups;
}

/** Within a department, pairs leftover names that are similar, best first, each line at most once. */
function suggestMatches(
  onlyBefore: readonly BudgetLine[],
  onlyAfter: readonly BudgetLine[],
  rejected: ReadonlySet<string>,
): MatchSuggestion[] {
  const afterGroups = byDepartment(onlyAfter);
  const beforeGroups = byDepartment(onlyBefore);
  let pairsWanted = 0;
  for (const [department, lefts] of beforeGroups)
    pairsWanted += lefts.length * (afterGroups.get(department)?.length ?? 0);
  const share = Math.min(1, MAX_COMPARISONS / Math.max(1, pairsWanted));
  const candidates: MatchSuggestion[] = [];
  for (const [department, lefts] of beforeGroups) {
    const rights = afterGroups.get(department) ?? [];
    const tried = share === 1 ? lefts : lefts.slice(0, Math.ceil(lefts.length * share));
    const rightNames = rights.map((right) => nameChars(yearlessKey(right.key)));
    for (const left of tried) {
      const leftName = nameChars(yearlessKey(left.key));
      for (let r = 0; r < rights.length; r++) {
        const right = rights[r]!;
        const rightName = rightNames[r]!;
        if (!lengthsAllow(leftName, rightName)) continue;
        if (rejected.has(pairId(left.key, right.key))) continue;
        const similarity = charsSimilarity(leftName, rightName);
        if (similarity < SUGGESTION_THRESHOLD) continue;
        candidates.push({
          beforeKey: left.key,
          afterKey: right.key,
          beforeName: left.project,
          afterName: right.project,
          department: left.department,
          similarity,
        });
      }
    }
  }
  candidates.sort((a, b) => b.similarity - a.similarity);
  const used = new Set<string>();
  return candidates.filter((candidate) => {
    const left = `before:${candidate.beforeKey}`;
    const right = `after:${candidate.afterKey}`;
    if (used.has(left) || used.has(right)) return false;
    used.add(left).add(right);
    return true;
  });
}

/** names whose lengths differ this much cannot reach the threshold: skip the edit distance */
function lengthsAllow(a: readonly number[], b: readonly number[]): boolean {
  const longer = Math.max(a.length, b.length);
  return Math.abs(a.length - b.length) <= longer * (1 - SUGGESTION_THRESHOLD);
}
