/**
 * Automatic backups (Electron, when the platform can write into a folder the user chose): after
 * the stored documents change, one file per day is (re)written, e.g.
 * 의회예산검토-자동백업-2026-11-23.cbr-backup. The folder and switch live in settings.
 */
import type { LocalStore } from '../api';

export const AUTO_BACKUP_SETTING = 'autoBackup';

export interface AutoBackupSetting {
  enabled: boolean;
  folder: string;
  lastWrittenAt?: string;
  lastError?: string;
}

export interface BackupWriter {
  writeBackup?(folder: string, name: string, bytes: Uint8Array): Promise<void>;
}

/** matches AUTO_BACKUP_NAME in shared/ipc-contract.ts: main writes no other name */
export function autoBackupFileName(now = new Date()): string {
  return `의회예산검토-자동백업-${now.toISOString().slice(0, 10)}.cbr-backup`;
}

/** writes today's automatic backup when it is switched on; returns whether it wrote one */
export async function runAutoBackup(store: LocalStore, writer: BackupWriter): Promise<boolean> {
  const setting = await store.getSetting<AutoBackupSetting>(AUTO_BACKUP_SETTING);
  if (!setting?.enabled || !setting.folder || !writer.writeBackup) return false;
  try {
    const bytes = await store.createBackup();
    await writer.writeBackup(setting.folder, autoBackupFileName(), bytes);
    const { lastError: _previous, ...rest } = setting;
    await store.setSetting(AUTO_BACKUP_SETTING, {
      ...rest,
      lastWrittenAt: new Date().toISOString(),
    });
    return true;
  } catch (error) {
    await store.setSetting(AUTO_BACKUP_SETTING, { ...setting, lastError: String(error) });
    return false;
  }
}
