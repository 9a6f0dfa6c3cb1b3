/**
 * When the user last saved a backup file by hand, remembered in settings. Web mode keeps no
 * automatic backups, so 설정 shows this date beside its one-click backup download.
 */
import type { Store } from '@db/api';
import { useLastBackup } from '@state/last-backup';
import { getStore } from './store';

export const LAST_BACKUP_SETTING = 'lastBackupSavedAt';

/** records a backup file saved now, and shows it */
export async function rememberBackupSaved(store: Pick<Store, 'setSetting'>, now = new Date()) {
  const savedAt = now.toISOString();
  await store.setSetting(LAST_BACKUP_SETTING, savedAt);
  useLastBackup.setState({ savedAt, loaded: true });
}

export async function lastBackupSavedAt(
  store: Pick<Store, 'getSetting'>,
): Promise<string | undefined> {
  const value = await store.getSetting<unknown>(LAST_BACKUP_SETTING);
  return typeof value === 'string' ? value : undefined;
}

/** 설정 › 백업 파일 내려받기 saved the file: remember when */
export async function backupFileSaved(now = new Date()): Promise<void> {
  await rememberBackupSaved(await getStore(), now);
}

/** (re)loads the date of the last backup file into state/last-backup */
export async function loadLastBackup(): Promise<void> {
  useLastBackup.setState({ savedAt: await lastBackupSavedAt(await getStore()), loaded: true });
}
