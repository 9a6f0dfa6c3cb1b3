import { cancelled } from '../read-document';
import { isReaderError } from '../reader-error';
import type { FlowItem } from '../flow/model';
import { NumberingCounter } from '../flow/numbering';
import { flowToOutput } from '../flow/read-flow';
import type { Reader, ReaderOutput } from '../types';
import { readHeader } from './header';
import { hwpxError, openHwpx } from './package';
import { readSectionXml, type SectionContext } from './section';
import { parseXml } from './xml';

/**
 * HWPX (OWPML, KS X 6101): the zip's `Contents/header.xml` (paragraph shapes, numberings,
 * bullets, styles) and `Contents/section*.xml` → the flow model → text and blocks, the same way
 * HWP files are read. A package without `META-INF/manifest.xml` opens all the same.
 */
export const readHwpx: Reader = async (bytes, options) => {
  try {
    return read(bytes, options);
  } catch (error) {
    if (isReaderError(error)) throw error;
    throw hwpxError('damaged', error instanceof Error ? error.message : String(error));
  }
};

function read(bytes: Uint8Array, options: Parameters<Reader>[1]): ReaderOutput {
  const pack = openHwpx(bytes);
  const context: SectionContext = {
    header: readHeader(pack.header),
    counter: new NumberingCounter(),
    notes: [],
  };
  const sections: FlowItem[][] = [];
  for (const [index, xml] of pack.sections.entries()) {
    if (options.signal?.aborted) throw cancelled('hwpx');
    sections.push(readSectionXml(parseXml(xml), index, context));
    options.onProgress?.(index + 1, pack.sections.length);
  }
  const output = flowToOutput('hwpx', sections);
  if (output.text.trim() === '') throw hwpxError('empty');
  return output;
}
