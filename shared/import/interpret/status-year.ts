/**
 * `□ 조성현황` › `ㅇ 사업비 : 198백만원(시비)`, then `□ 추진현황` › `ㅇ ’24. 6. : 조성 예산
 * 확보(198백만원)`: a figure stated under a status heading (…현황: what has been done) whose
 * amount a dated progress item of an earlier year says was secured is that year's figure, not the
 * plan year's. Both must hold: the status heading and the dated item with the same amount.
 */
import { findAmounts } from '../../money/amounts';
import { compact } from '../../text/compact';
import type { Block } from '../blocks/types';

/** how far below the statement the dated item may stand */
const REACH = 12;
const DATED = /^\s*['‘’](\d{2})\s*\.\s*\d{1,2}\s*\./;
/** a year named in the item (`’25년`, `2025년`, `’25. 3.`) besides its own date */
const OTHER_YEAR = /['‘’]\d{2}\s*(?:년|\.)|(?:19|20)\d{2}/;

function underStatusHeading(blocks: readonly Block[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const above = blocks[i]!;
    if (above.kind !== 'heading') continue;
    const word = compact(above.text);
    return /현황$/.test(word) && !/\d{2}/.test(word);
  }
  return false;
}

export function statusYear(
  blocks: readonly Block[],
  index: number,
  won: number,
  sectionYear: number,
): number | undefined {
  if (!underStatusHeading(blocks, index)) return undefined;
  for (let i = index + 1; i < blocks.length && i <= index + REACH; i++) {
    const below = blocks[i]!;
    if (below.kind !== 'list' && below.kind !== 'paragraph') continue;
    const date = DATED.exec(below.text);
    if (!date) continue;
    const rest = below.text.slice(date[0].length);
    if (OTHER_YEAR.test(rest)) continue;
    const same = findAmounts(rest).some(
      (amount) => amount.value.kind === 'money' && amount.value.won === won,
    );
    const year = 2000 + Number(date[1]);
    if (same && year < sectionYear) return year;
  }
  return undefined;
}
