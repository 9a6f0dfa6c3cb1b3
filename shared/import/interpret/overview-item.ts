/**
 * `ㅇ (현황 및 개요) …` › `- 분류식 하수관로 신설·확충[시 전역(L=3,615㎞), 3조 5,065억원]`: the items
 * under a project's overview describe the whole undertaking — its size and what it costs in all —
 * while the year's figures come under `(주요내용)` or `(향후계획)` beside it.
 */
import type { Block } from '../blocks/types';
import { listRank } from './nested-parts';

/** `(현황 및 개요)`, `(사업개요)`, `(개요)`: an item that opens a project's outline */
const OVERVIEW = /^\s*[(（]\s*(?:현\s*황\s*및\s*개\s*요|사\s*업\s*개\s*요|개\s*요)\s*[)）]/;
/** how far back the overview item may be (its wrapped lines and sibling items in between) */
const REACH = 8;

/** Whether a list item sits under an overview item (deeper than it, nothing as shallow between). */
export function underOverview(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  if (block?.kind !== 'list') return false;
  const rank = listRank(block);
  for (let i = index - 1; i >= 0 && i >= index - REACH; i--) {
    const above = blocks[i]!;
    if (above.kind === 'paragraph' || above.kind === 'noise') continue;
    if (above.kind !== 'list') return false;
    if (listRank(above) >= rank) continue;
    return OVERVIEW.test(above.text);
  }
  return false;
}
