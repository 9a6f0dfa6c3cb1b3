import type { DocumentFormat, ImportWarning } from '../../../model/report';
import type { ReaderOutput } from '../types';
import type { FlowItem } from './model';
import { renderFlow } from './render';
import { renderingToBlocks } from './to-blocks';

/** A document read into the flow model → what every reader returns. */
export function flowToOutput(
  format: DocumentFormat,
  sections: readonly FlowItem[][],
  warnings: ImportWarning[] = [],
): ReaderOutput {
  const rendering = renderFlow(sections);
  return {
    format,
    text: rendering.lines.join('\n'),
    blocks: renderingToBlocks(rendering),
    positions: rendering.positions,
    warnings,
  };
}
