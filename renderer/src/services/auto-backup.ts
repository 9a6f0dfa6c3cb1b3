/**
 * The automatic backup (Electron, once switched on in 설정): every command that changes data calls
 * scheduleBackup(). One file is written a moment after the last change, so an import of five
 * reports or a burst of notes makes one backup, and never two run at once.
 */
import { runAutoBackup } from '@db/backup/auto';
import { backupWriter, getStore } from './store';

export const BACKUP_DELAY_MS = 1000;

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | undefined;
let pendingAgain = false;

export function scheduleBackup(): void {
  if (!backupWriter().writeBackup) return; // the browser cannot write into a folder
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => void runScheduled(), BACKUP_DELAY_MS);
}

async function runScheduled(): Promise<void> {
  timer = undefined;
  if (running) {
    pendingAgain = true; // a change arrived while a backup was being written: write once more
    return running;
  }
  running = (async () => {
    try {
      await runAutoBackup(await getStore(), backupWriter());
    } catch {
      // runAutoBackup records its own failures in the setting; a store that won't open shows its banner
    }
  })();
  await running;
  running = undefined;
  if (pendingAgain) {
    pendingAgain = false;
    await runScheduled();
  }
}

/** writes a scheduled backup now instead of after the delay (tests) */
export async function flushScheduledBackup(): Promise<void> {
  if (timer !== undefined) {
    clearTimeout(timer);
    await runScheduled();
  } else if (running) await running;
}
