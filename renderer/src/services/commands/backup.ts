/**
 * 설정 › 백업과 복원 and 자동 백업: make a backup file, check one whole before anything changes,
 * restore it (replace or merge, one transaction), and switch the automatic backup on or off.
 */
import { AUTO_BACKUP_SETTING, runAutoBackup, type AutoBackupSetting } from '@db/backup/auto';
import { backupFileName } from '@db/backup/create';
import { BACKUP_EXTENSION } from '@db/backup/format';
import type { RestoreMode, ValidatedBackup } from '@data/stored';
import { everythingChanged } from '../after-change';
import { backupWriter, getStore } from '../store';

export { BACKUP_EXTENSION };

/** the bytes and suggested name of a `.cbr-backup` file holding everything */
export async function createBackupFile(): Promise<{ name: string; bytes: Uint8Array }> {
  const bytes = await (await getStore()).createBackup();
  return { name: backupFileName(), bytes };
}

/** backups are gzip files: anything else (often a report picked by mistake) is not one */
export function looksLikeBackup(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** reads and validates a whole backup file; throws StoreError 'backup-invalid' saying why */
export async function readBackupFile(bytes: Uint8Array): Promise<ValidatedBackup> {
  return (await getStore()).readBackup(bytes);
}

/** writes a validated backup in one transaction, then reloads everything the app shows */
export async function restoreBackup(backup: ValidatedBackup, mode: RestoreMode): Promise<void> {
  await (await getStore()).restoreBackup(backup, mode);
  await everythingChanged();
}

/** whether this platform can write backups into a folder (Electron) */
export function canBackUpAutomatically(): boolean {
  return !!backupWriter().writeBackup;
}

/**
 * Saves the automatic backup's folder and switch; switching it on writes today's backup at once
 * (so the user sees it work), and from then on every change schedules one.
 */
export async function setAutoBackup(setting: AutoBackupSetting): Promise<void> {
  const store = await getStore();
  await store.setSetting(AUTO_BACKUP_SETTING, setting);
  if (setting.enabled) await runAutoBackup(store, backupWriter());
}
