import { describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/synthetic';
import { buildPackModel } from '../../../shared/print/pack';
import { loadPackInput } from '../../../renderer/src/services/queries/pack-input';
import { file, freshStore } from '../db/helpers';

describe('the notes a saved pack prints', () => {
  it('are those written on the pack’s documents, not on another document sharing a line key', async () => {
    const { store } = freshStore();
    const report = generateReport(12, 4);
    await store.importDocument(report, file('plan.txt'));
    // the same lines in a second file: every line key is in both documents
    await store.importDocument(
      { ...report, document: { ...report.document, sha256: 'e'.repeat(64) } },
      file('copy.txt'),
    );
    const line = report.lines.find((l) => l.department && l.category !== 'revenue')!;
    await store.addNote(
      { documentId: 1, lineKey: line.key },
      { kind: 'question', text: '이 문서' },
    );
    await store.addNote(
      { documentId: 2, lineKey: line.key },
      { kind: 'finding', text: '다른 문서' },
    );
    const pack = await store.savePack({
      title: '브리핑',
      documentIds: [1],
      departments: [],
      includeFindings: false,
      includeNotes: true,
    });
    const input = await loadPackInput(store, pack);
    expect(input.notes.map((note) => note.text)).toEqual(['이 문서']);
    const printed = buildPackModel(input).sections.flatMap((section) => section.notes);
    expect(printed.map((note) => note.text)).toEqual(['이 문서']);
  });
});
