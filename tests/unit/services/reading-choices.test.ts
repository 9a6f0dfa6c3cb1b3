/**
 * The user's corrections to how a file was read are kept with the settings (so backups carry
 * them) and applied again when the same document is read another time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  importReport,
  provideServices,
  readReport,
  rereadReport,
} from '../../../renderer/src/services';
import { flushScheduledBackup } from '../../../renderer/src/services/auto-backup';
import { TABLE_CORRECTIONS_SETTING } from '../../../renderer/src/services/commands/reading-choices';
import { freshStore } from '../db/helpers';

const SAMPLE = new Uint8Array(
  readFileSync(join(import.meta.dirname, '../../../assets/samples/sample-report.txt')),
);

afterEach(() => flushScheduledBackup());

describe('remembered table corrections', () => {
  it('are stored on import and applied when the same document is read again', async () => {
    const { store } = freshStore({ linesPerChunk: 50 });
    provideServices({ store, backupWriter: { writeBackup: async () => undefined } });
    const first = await readReport({ name: 'sample.txt', bytes: SAMPLE });
    if (!first.ok) throw new Error('sample not read');
    const table = first.preview.tableReadings.find((reading) => reading.line === 96)!;
    const spentColumn = table.columns.findIndex((column) => column.role === 'spent');
    expect(spentColumn).toBeGreaterThan(0);
    const roles = table.columns.map((_, index) => (index === spentColumn ? 'ignore' : null));
    const corrections = {
      sha256: first.preview.parsed.document.sha256,
      tables: [{ signature: table.signature, roles }],
    };
    const corrected = await rereadReport(first.preview, { corrections });
    if (!corrected.ok) throw new Error('not read again');
    const spentLines = (preview: typeof first.preview) =>
      preview.parsed.lines.filter((line) => line.spent !== undefined).length;
    expect(spentLines(corrected.preview)).toBe(spentLines(first.preview) - 1);
    expect(
      corrected.preview.tableReadings.find((r) => r.signature === table.signature)?.corrected,
    ).toBe(true);

    expect((await importReport(corrected.preview)).status).toBe('imported');
    expect(await store.getSetting(TABLE_CORRECTIONS_SETTING)).toEqual([corrections]);

    const again = await readReport({ name: 'sample-again.txt', bytes: SAMPLE });
    if (!again.ok) throw new Error('not read');
    expect(again.preview.corrections).toEqual(corrections);
    expect(spentLines(again.preview)).toBe(spentLines(corrected.preview));
  });
});
