import { cancelled } from '../read-document';
import { isReaderError } from '../reader-error';
import type { FlowItem } from '../flow/model';
import { NumberingCounter } from '../flow/numbering';
import { flowToOutput } from '../flow/read-flow';
import type { Reader, ReaderOutput } from '../types';
import type { BodyContext } from './body';
import { openHwp } from './container';
import { readDocInfo } from './doc-info';
import { hwpError } from './errors';
import { RecordFormatError } from './records';
import { readSection } from './section';

/**
 * HWP 5.0 (Hancom's published binary format): the compound file's DocInfo (paragraph shapes,
 * numbering, bullets) and its sections (BodyText, or the decrypted ViewText of a distribution
 * document) → the flow model → text and blocks. Pure TypeScript: runs in the import worker.
 */
export const readHwp: Reader = async (bytes, options) => {
  try {
    return read(bytes, options);
  } catch (error) {
    if (isReaderError(error)) throw error;
    // a record or control that does not parse: the file is damaged (or not what it claims)
    const detail = error instanceof RecordFormatError ? error.message : String(error);
    throw hwpError('damaged', detail);
  }
};

function read(bytes: Uint8Array, options: Parameters<Reader>[1]): ReaderOutput {
  const container = openHwp(bytes);
  const info = readDocInfo(container.docInfo, container.header);
  const context: BodyContext = { info, counter: new NumberingCounter(), notes: [] };
  const sections: FlowItem[][] = [];
  const total = container.sections.length;
  container.sections.forEach((section, index) => {
    if (options.signal?.aborted) throw cancelled('hwp');
    sections.push(readSection(section, index, context));
    options.onProgress?.(index + 1, total);
  });
  const output = flowToOutput('hwp', sections);
  if (output.text.trim() === '') throw hwpError('empty');
  return output;
}
