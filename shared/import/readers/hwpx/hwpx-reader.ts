import { isReaderError } from '../reader-error';
import type { FlowItem } from '../flow/model';
import { NumberingCounter } from '../flow/numbering';
import { flowToOutput } from '../flow/read-flow';
import { Pacer } from '../flow/pacer';
import type { Reader, ReaderOutput, ReadOptions } from '../types';
import { readHeader } from './header';
import { hwpxError, openHwpx } from './package';
import { readParagraph, sectionParagraphs, type SectionContext } from './section';
import { parseXml } from './xml';

/**
 * HWPX (OWPML, KS X 6101): the zip's `Contents/header.xml` (paragraph shapes, numberings,
 * bullets, styles) and `Contents/section*.xml` → the flow model → text and blocks, the same way
 * HWP files are read. A package without `META-INF/manifest.xml` opens all the same.
 */
export const readHwpx: Reader = async (bytes, options) => {
  try {
    return await read(bytes, options);
  } catch (error) {
    if (isReaderError(error)) throw error;
    throw hwpxError('damaged', error instanceof Error ? error.message : String(error));
  }
};

async function read(bytes: Uint8Array, options: ReadOptions): Promise<ReaderOutput> {
  const pack = openHwpx(bytes);
  const context: SectionContext = {
    header: readHeader(pack.header),
    counter: new NumberingCounter(),
    notes: [],
  };
  const parsed = pack.sections.map((xml) => sectionParagraphs(parseXml(xml)));
  const pacer = new Pacer(
    parsed.reduce((n, paragraphs) => n + paragraphs.length, 0),
    options,
    'hwpx',
  );
  pacer.check();
  const sections: FlowItem[][] = [];
  for (const [section, paragraphs] of parsed.entries()) {
    context.notes = [];
    const items: FlowItem[] = [];
    for (const [paragraph, p] of paragraphs.entries()) {
      items.push(...readParagraph(p, { section, paragraph }, context));
      await pacer.step();
    }
    sections.push([...items, ...context.notes]);
  }
  const output = flowToOutput('hwpx', sections);
  if (output.text.trim() === '') throw hwpxError('empty');
  return output;
}
