import { tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import type { ReadingContext } from './context';
import { warn, type Collected } from './sink';

/** A line that talks about a budget with an amount in it (`예산 3,000천원 확보`), outside any project. */
const BUDGET_WORDS = /사업비|소요예산|예산액|총사업비/;
const AMOUNT = /\d[\d,]*(?:\.\d+)?\s*(?:천원|백만원|억원|십억원|조원|만원|원)/;

/**
 * Budget talk the importer did not turn into a line: warned about only when no project is open
 * (inside a project, prose amounts are ordinary narrative and would flood the list).
 */
export function inlineWarnings(
  block: Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>,
  context: ReadingContext,
  collected: Collected,
): void {
  if (context.project()) return;
  if (BUDGET_WORDS.test(block.text) && AMOUNT.test(block.text)) {
    warn(collected, block.line, {
      ko: `사업에 연결하지 못한 금액: ${tidySpaces(block.text).slice(0, 80)}`,
      en: `an amount not tied to a project: ${tidySpaces(block.text).slice(0, 80)}`,
    });
  }
}
