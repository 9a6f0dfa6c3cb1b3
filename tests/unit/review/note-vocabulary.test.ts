import { describe, expect, it } from 'vitest';
import {
  NOTE_KINDS,
  NOTE_STATUSES,
  noteKindLabel,
  noteStatusLabel,
} from '../../../shared/model/note-status';
import { kindLabel, statusLabel } from '../../../renderer/src/features/review/notes/labels';

describe('a note’s state and kind read the same in the app and in the printed pack', () => {
  it('names every state as the print does (미답변, not a print-only 미결), in both languages', () => {
    for (const status of NOTE_STATUSES)
      expect(statusLabel(status)).toEqual(noteStatusLabel(status));
    expect(statusLabel('open').ko).toBe('미답변');
  });

  it('names every kind as the print does', () => {
    for (const kind of NOTE_KINDS) expect(kindLabel(kind)).toEqual(noteKindLabel(kind));
  });
});
