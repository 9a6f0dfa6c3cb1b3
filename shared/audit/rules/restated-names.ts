/**
 * Whether two statements name the same project: the line's name with its parents' names (a phase
 * `2단계` under `해운대수목원 조성`), compared by their distinctive words and their stage markers.
 */
import type { BudgetLine } from '../../model/report';

export interface RestatedName {
  /** distinctive words of three syllables or more */
  words: Set<string>;
  /** `2단계`, `3차`, `1공구`: a phase names another project than the whole or another phase */
  stages: Set<string>;
}

const STAGE = /(\d+)\s*(단계|차|공구|구간|권역)/g;
/** words every project name uses, which tell nothing about which project it is */
const GENERIC = new Set([
  '사업비',
  '총사업비',
  '추진',
  '사업',
  '조성',
  '건립',
  '설치',
  '구축',
  '조성사업',
]);

export function nameOf(text: string): RestatedName {
  const stages = new Set([...text.matchAll(STAGE)].map((m) => `${m[1]}${m[2]}`));
  const plain = text.replace(/(?:19|20)\d{2}\s*[~∼–-]\s*(?:19|20)\d{2}/g, ' ').replace(STAGE, ' ');
  const words = new Set(
    plain
      .split(/[^가-힣A-Za-z0-9]+/)
      .filter((word) => word.length >= 3 && !GENERIC.has(word) && !/^\d+$/.test(word)),
  );
  return { words, stages };
}

/** The line's own name with those of its parents, nearest first. */
export function restatedName(
  line: BudgetLine,
  byKey: ReadonlyMap<string, BudgetLine>,
): RestatedName {
  const names = [line.project];
  let parent = line.parentKey ? byKey.get(line.parentKey) : undefined;
  for (let depth = 0; parent && depth < 5; depth++) {
    names.push(parent.project);
    parent = parent.parentKey ? byKey.get(parent.parentKey) : undefined;
  }
  return nameOf(names.join(' '));
}

/** Same stages (or none on both) and a distinctive word in common. */
export function sameProject(a: RestatedName, b: RestatedName): boolean {
  if (a.stages.size !== b.stages.size) return false;
  for (const stage of a.stages) if (!b.stages.has(stage)) return false;
  for (const word of a.words) if (b.words.has(word)) return true;
  return false;
}
