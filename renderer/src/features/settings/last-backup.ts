/**
 * When the user last saved a backup file by hand, remembered in settings. Web mode keeps no
 * automatic backups, so 설정 shows this date beside its one-click backup download.
 */
import { useEffect, useState } from 'react';
import type { Store } from '../../db/api';
import { getStore } from '../../db/connection';

export const LAST_BACKUP_SETTING = 'lastBackupSavedAt';

const listeners = new Set<() => void>();

/** records a backup file saved now, and tells every mounted useLastBackup() */
export async function rememberBackupSaved(store: Pick<Store, 'setSetting'>, now = new Date()) {
  await store.setSetting(LAST_BACKUP_SETTING, now.toISOString());
  for (const listener of listeners) listener();
}

export async function lastBackupSavedAt(
  store: Pick<Store, 'getSetting'>,
): Promise<string | undefined> {
  const value = await store.getSetting<unknown>(LAST_BACKUP_SETTING);
  return typeof value === 'string' ? value : undefined;
}

/** the ISO time of the last backup file saved by hand; undefined before the first one */
export function useLastBackup(): string | undefined {
  const [savedAt, setSavedAt] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    const load = () =>
      void getStore()
        .then(lastBackupSavedAt)
        .then((value) => live && setSavedAt(value));
    load();
    listeners.add(load);
    return () => {
      live = false;
      listeners.delete(load);
    };
  }, []);
  return savedAt;
}
