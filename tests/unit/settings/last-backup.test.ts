import { describe, expect, it } from 'vitest';
import {
  LAST_BACKUP_SETTING,
  lastBackupSavedAt,
  rememberBackupSaved,
} from '../../../renderer/src/features/settings/last-backup';
import { freshStore } from '../db/helpers';

describe('the date of the last backup file saved by hand', () => {
  it('is remembered in settings and read back', async () => {
    const { store } = freshStore();
    expect(await lastBackupSavedAt(store)).toBeUndefined();
    await rememberBackupSaved(store, new Date('2026-11-23T01:30:00Z'));
    expect(await store.getSetting(LAST_BACKUP_SETTING)).toBe('2026-11-23T01:30:00.000Z');
    expect(await lastBackupSavedAt(store)).toBe('2026-11-23T01:30:00.000Z');
  });

  it('ignores a stored value that is not a time', async () => {
    const { store } = freshStore();
    await store.setSetting(LAST_BACKUP_SETTING, { broken: true });
    expect(await lastBackupSavedAt(store)).toBeUndefined();
  });
});
