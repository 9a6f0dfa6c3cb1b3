/**
 * The user's corrections to how a file was read are kept with the settings (so backups carry
 * them) and, read back, give the same reading when the document is parsed again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/import';
import { importReport, provideServices, type ReportPreview } from '../../../renderer/src/services';
import { flushScheduledBackup } from '../../../renderer/src/services/auto-backup';
import {
  storedCorrections,
  TABLE_CORRECTIONS_SETTING,
} from '../../../renderer/src/services/commands/reading-choices';
import { freshStore } from '../db/helpers';

const SAMPLE = new Uint8Array(
  readFileSync(join(import.meta.dirname, '../../../assets/samples/sample-report.txt')),
);
const today = new Date('2026-11-30');

afterEach(() => flushScheduledBackup());

describe('remembered table corrections', () => {
  it('are stored on import and, read back, take the same column out on the next reading', async () => {
    const { store } = freshStore({ linesPerChunk: 50 });
    provideServices({ store, backupWriter: { writeBackup: async () => undefined } });
    const first = await parseDocument(SAMPLE, { fileName: 'sample.txt', today });
    const table = first.tableReadings.find((reading) => reading.line === 96)!;
    const spentColumn = table.columns.findIndex((column) => column.role === 'spent');
    expect(spentColumn).toBeGreaterThan(0);
    const roles = table.columns.map((_, index) => (index === spentColumn ? 'ignore' : null));
    const corrections = {
      sha256: first.report.document.sha256,
      tables: [{ signature: table.signature, roles }],
    };
    const corrected = await parseDocument(SAMPLE, { fileName: 'sample.txt', today, corrections });
    const spentLines = (report: typeof first.report) =>
      report.lines.filter((line) => line.spent !== undefined).length;
    expect(spentLines(corrected.report)).toBe(spentLines(first.report) - 1);

    const preview: ReportPreview = {
      name: 'sample.txt',
      bytes: SAMPLE,
      parsed: corrected.report,
      text: corrected.read.text,
      encoding: 'utf-8',
      format: 'text',
      tableReadings: corrected.tableReadings,
      options: {},
      elapsedMs: 0,
      corrections,
      sheetChoice: {},
    };
    expect((await importReport(preview)).status).toBe('imported');
    expect(await store.getSetting(TABLE_CORRECTIONS_SETTING)).toEqual([corrections]);

    const remembered = await storedCorrections();
    const again = await parseDocument(SAMPLE, {
      fileName: 'again.txt',
      today,
      corrections: remembered,
    });
    expect(spentLines(again.report)).toBe(spentLines(corrected.report));
  });
});
