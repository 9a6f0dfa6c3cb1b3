/** Worker: our reader (cfb-free compound file + fflate, OWPML on our XML reader) on one file. */
import { readFileSync } from 'node:fs';
import type { TableBlock } from '../../../shared/import/blocks/types';
import type { FlowItem } from '../../../shared/import/readers/flow/model';
import { readDocument } from '../../../shared/import/readers';
import { clip, print, type CandidateCell } from './result';

/** Every table object of the model, nested ones and boxes included (as the others count). */
async function countTables(data: Uint8Array): Promise<number> {
  const { openHwp } = await import('../../../shared/import/readers/hwp/container');
  const { readDocInfo } = await import('../../../shared/import/readers/hwp/doc-info');
  const { readParagraph } = await import('../../../shared/import/readers/hwp/body');
  const { sectionParagraphs, startSection } =
    await import('../../../shared/import/readers/hwp/section');
  const hwpx = await import('../../../shared/import/readers/hwpx/package');
  const { readHeader } = await import('../../../shared/import/readers/hwpx/header');
  const section = await import('../../../shared/import/readers/hwpx/section');
  const { parseXml } = await import('../../../shared/import/readers/hwpx/xml');
  const { NumberingCounter } = await import('../../../shared/import/readers/flow/numbering');
  const items: FlowItem[] = [];
  if (data[0] === 0x50) {
    const pack = hwpx.openHwpx(data);
    const context = { header: readHeader(pack.header), counter: new NumberingCounter(), notes: [] };
    pack.sections.forEach((xml, s) =>
      section
        .sectionParagraphs(parseXml(xml))
        .forEach((p, paragraph) =>
          items.push(...section.readParagraph(p, { section: s, paragraph }, context)),
        ),
    );
  } else {
    const container = openHwp(data);
    const context = {
      info: readDocInfo(container.docInfo, container.header),
      counter: new NumberingCounter(),
      notes: [] as FlowItem[],
    };
    container.sections.forEach((bytes, s) => {
      const paragraphs = sectionParagraphs(bytes);
      items.push(...startSection(paragraphs, context));
      paragraphs.forEach((record, paragraph) =>
        items.push(...readParagraph(record, { section: s, paragraph }, context)),
      );
    });
  }
  const count = (list: readonly FlowItem[]): number =>
    list.reduce(
      (n, item) =>
        item.kind === 'table'
          ? n + 1 + item.cells.reduce((m, cell) => m + count(cell.items), 0)
          : n,
      0,
    );
  return count(items);
}

const start = performance.now();
const { hwpReaders } = await import('../../../cli/readers/hwp-node');
const initMs = performance.now() - start;
const bytes = new Uint8Array(readFileSync(process.argv[2]!));
try {
  const began = performance.now();
  const read = await readDocument(bytes, {}, hwpReaders);
  const readMs = performance.now() - began;
  const tableObjects = await countTables(bytes);
  const tables = read.blocks
    .filter((block): block is TableBlock => block.kind === 'table')
    .map((table) =>
      [...table.header, ...table.rows].flatMap((row) =>
        row.cells.map((cell): CandidateCell => ({
          row: cell.source?.row ?? 0,
          col: cell.source?.col ?? 0,
          rowSpan: cell.rowSpan ?? 1,
          colSpan: cell.colSpan ?? 1,
          text: clip(cell.text),
        })),
      ),
    );
  print({
    ok: true,
    initMs,
    readMs,
    tableObjects,
    tables,
    sample: read.text.slice(0, 4000),
  });
} catch (error) {
  print({ ok: false, initMs, error: (error as Error).message });
}
