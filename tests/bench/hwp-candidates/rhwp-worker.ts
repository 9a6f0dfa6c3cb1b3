/**
 * Worker: @rhwp/core (Rust → WebAssembly) on one file. Its page text leaves tables out, so tables
 * come from its document model: every `tbl` control, and for the body's tables each cell's
 * address, spans and paragraphs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { clip, print, type CandidateCell } from './result';

interface Control {
  ctrlId: string;
  list: number;
  para: number;
  controlIndex: number;
}

const start = performance.now();
const core = await import('@rhwp/core');
(globalThis as { measureTextWidth?: (font: string, text: string) => number }).measureTextWidth = (
  _font,
  text,
) => text.length * 10;
const wasm = createRequire(import.meta.url).resolve('@rhwp/core/rhwp_bg.wasm');
core.initSync({ module: readFileSync(wasm) });
const initMs = performance.now() - start;
const bytes = new Uint8Array(readFileSync(process.argv[2]!));
try {
  const began = performance.now();
  const doc = new core.HwpDocument(bytes);
  const readMs = performance.now() - began;
  const starts = JSON.parse(doc.getSectionStarts()) as number[];
  const controls = (JSON.parse(doc.getControls()) as Control[]).filter((c) => c.ctrlId === 'tbl');
  const tables = controls
    .filter((control) => control.list === 0)
    .flatMap((control) => {
      try {
        return [cellsOf(control)];
      } catch {
        return []; // a table its model would not give cells for: counted, not checked
      }
    });
  function cellsOf(control: Control): CandidateCell[] {
    {
      let section = 0;
      while (section + 1 < starts.length && starts[section + 1]! <= control.para) section++;
      const para = control.para - starts[section]!;
      const { cellCount } = JSON.parse(
        doc.getTableDimensions(section, para, control.controlIndex),
      ) as {
        cellCount: number;
      };
      return Array.from({ length: cellCount }, (_, index): CandidateCell => {
        const info = JSON.parse(
          doc.getCellInfo(section, para, control.controlIndex, index),
        ) as Omit<CandidateCell, 'text'>;
        const paragraphs = doc.getCellParagraphCount(section, para, control.controlIndex, index);
        const text = Array.from({ length: paragraphs }, (_, p) => {
          const length = doc.getCellParagraphLength(section, para, control.controlIndex, index, p);
          return doc.getTextInCell(section, para, control.controlIndex, index, p, 0, length);
        }).join(' ');
        return { ...info, text: clip(text) };
      });
    }
  }
  const sample = Array.from({ length: Math.min(doc.pageCount(), 3) }, (_, page) =>
    doc.getPageText(page),
  ).join('\n');
  print({
    ok: true,
    initMs,
    readMs,
    tableObjects: controls.length,
    tables,
    sample: sample.slice(0, 4000),
  });
} catch (error) {
  print({ ok: false, initMs, error: String(error) });
}
