import type { Block } from '../blocks/types';

/** A sentence ends the item: `…확보함.`, `…추진)`, `…등.` — what follows it is no continuation. */
const ENDED = /(?:[.。]|다|함|음|임|됨)\s*$/;

/**
 * `- 기본계획 수립 : 대체서식지 확보, 민관 거버넌스 체계` / `구축 방안 마련 등(’24.~’26., 15억원)`:
 * a paragraph that carries on the list item right above it (the item wrapped in a narrow column
 * and the reader kept the second line apart). The item's text and the paragraph's, joined, so a
 * figure on the second line is named by the words that open the item; undefined when the
 * paragraph stands on its own.
 */
export function continuedItemText(blocks: readonly Block[], index: number): string | undefined {
  const block = blocks[index];
  const above = blocks[index - 1];
  if (block?.kind !== 'paragraph' || above?.kind !== 'list') return undefined;
  if (above.line !== block.line - 1 || ENDED.test(above.text)) return undefined;
  // the second line starts with a word, not a bullet, a note mark or a figure of its own
  if (!/^[가-힣A-Za-z]/.test(block.text.trim())) return undefined;
  return `${above.text.trim()} ${block.text.trim()}`;
}
