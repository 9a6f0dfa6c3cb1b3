import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../renderer/src/db/errors';
import { generateReport } from '../../bench/synthetic';
import { file, freshStore } from './helpers';

describe('notes, packs and settings', () => {
  it('adds, updates and deletes a note, and finds notes by line key', async () => {
    const { store } = freshStore();
    await store.importDocument(generateReport(5, 1), file('a.txt'));
    const note = await store.addNote(
      { documentId: 1, lineKey: '2024|총무과|청사관리' },
      { kind: 'question', text: '왜?' },
    );
    await store.addNote(
      { documentId: 1, lineKey: '2024|주택과|임대' },
      {
        kind: 'follow-up',
        text: '자료 요청',
        author: '김의원',
      },
    );
    expect(note).toMatchObject({ status: 'open', kind: 'question', text: '왜?' });
    const updated = await store.updateNote(note.id, { status: 'answered', text: '답변 받음' });
    expect(updated).toMatchObject({ id: note.id, status: 'answered', text: '답변 받음' });
    expect(await store.notesFor({ lineKeys: ['2024|총무과|청사관리'] })).toEqual([updated]);
    await store.deleteNote(note.id);
    expect((await store.notesFor()).map((n) => n.author)).toEqual(['김의원']);
    await expect(store.updateNote(note.id, { text: 'x' })).rejects.toBeInstanceOf(StoreError);
  });

  it('saves a pack, keeps its creation time on update, lists and deletes it', async () => {
    const { store } = freshStore();
    const pack = await store.savePack({
      title: '제245회 정례회 검토',
      documentIds: [1],
      departments: ['총무과'],
      includeFindings: true,
      includeNotes: false,
    });
    const renamed = await store.savePack({ ...pack, title: '수정된 제목' });
    expect(renamed.id).toBe(pack.id);
    expect(renamed.createdAt).toBe(pack.createdAt);
    expect(await store.listPacks()).toEqual([renamed]);
    await store.deletePack(pack.id);
    expect(await store.listPacks()).toEqual([]);
  });

  it('stores and reads settings of any shape', async () => {
    const { store } = freshStore();
    expect(await store.getSetting('unit')).toBeUndefined();
    await store.setSetting('unit', '천원');
    await store.setSetting('rules', { lapse: 0.3 });
    expect(await store.getSetting<string>('unit')).toBe('천원');
    expect(await store.getSetting('rules')).toEqual({ lapse: 0.3 });
  });
});
