import { isReaderError } from '../reader-error';
import type { FlowItem } from '../flow/model';
import { NumberingCounter } from '../flow/numbering';
import { flowToOutput } from '../flow/read-flow';
import { Pacer } from '../flow/pacer';
import type { Reader, ReaderOutput, ReadOptions } from '../types';
import { readParagraph, type BodyContext } from './body';
import { openHwp } from './container';
import { readDocInfo } from './doc-info';
import { hwpError } from './errors';
import { RecordFormatError } from './records';
import { sectionParagraphs, startSection } from './section';

/**
 * HWP 5.0 (Hancom's published binary format): the compound file's DocInfo (paragraph shapes,
 * numbering, bullets) and its sections (BodyText, or the decrypted ViewText of a distribution
 * document) → the flow model → text and blocks. Pure TypeScript: runs in the import worker.
 */
export const readHwp: Reader = async (bytes, options) => {
  try {
    return await read(bytes, options);
  } catch (error) {
    if (isReaderError(error)) throw error;
    // a record or control that does not parse: the file is damaged (or not what it claims)
    const detail = error instanceof RecordFormatError ? error.message : String(error);
    throw hwpError('damaged', detail);
  }
};

async function read(bytes: Uint8Array, options: ReadOptions): Promise<ReaderOutput> {
  const container = openHwp(bytes);
  const info = readDocInfo(container.docInfo, container.header);
  const context: BodyContext = { info, counter: new NumberingCounter(), notes: [] };
  const parsed = container.sections.map(sectionParagraphs);
  const pacer = new Pacer(
    parsed.reduce((n, paragraphs) => n + paragraphs.length, 0),
    options,
    'hwp',
  );
  pacer.check();
  const sections: FlowItem[][] = [];
  for (const [section, paragraphs] of parsed.entries()) {
    const notes = startSection(paragraphs, context);
    const items: FlowItem[] = [];
    for (const [paragraph, record] of paragraphs.entries()) {
      items.push(...readParagraph(record, { section, paragraph }, context));
      await pacer.step();
    }
    sections.push([...items, ...notes]);
    // the section's record tree is read: let it go before the text and blocks are built
    parsed[section] = [];
  }
  const output = flowToOutput('hwp', sections);
  if (output.text.trim() === '') throw hwpError('empty');
  return output;
}
