import { useState } from 'react';
import type { RestoreMode, ValidatedBackup } from '@data/stored';
import type { LocalizedText } from '@shared/model/localized-text';
import { platform } from '@platform';
import {
  BACKUP_EXTENSION,
  createBackupFile,
  failureMessage,
  looksLikeBackup,
  readBackupFile,
  restoreBackup,
  backupFileSaved,
} from '@services';
import { msg } from '@i18n/text';

export type BackupOutcome = { tone: 'done' | 'error'; text: LocalizedText };

/** a file that is not gzip (often a report picked by mistake) is named as such */
const notABackup = (name: string): LocalizedText =>
  msg('settings.notABackup', { name, extension: BACKUP_EXTENSION });

/** make a backup file; pick one, validate it whole, confirm, then restore */
export function useBackupActions() {
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);
  const [candidate, setCandidate] = useState<{ name: string; backup: ValidatedBackup } | null>(
    null,
  );
  const fail = (error: unknown) => setOutcome({ tone: 'error', text: failureMessage(error) });

  const makeBackup = async () => {
    setBusy('backup');
    setOutcome(null);
    try {
      const { name, bytes } = await createBackupFile();
      if (await platform.saveFile(name, bytes, 'application/gzip')) {
        await backupFileSaved();
        setOutcome({
          tone: 'done',
          text: msg('settings.backupFileCreated', { name }),
        });
      }
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const pickBackup = async () => {
    setOutcome(null);
    try {
      const [file] = await platform.openFiles({ accept: [BACKUP_EXTENSION] });
      if (!file) return;
      if (!looksLikeBackup(file.bytes)) {
        setOutcome({ tone: 'error', text: notABackup(file.name) });
        return;
      }
      setBusy('restore');
      const backup = await readBackupFile(file.bytes);
      setCandidate({ name: file.name, backup });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const restore = async (mode: RestoreMode) => {
    if (!candidate) return;
    const { name, backup } = candidate;
    setCandidate(null);
    setBusy('restore');
    try {
      // the command reloads every list, the review, the packs and the rules
      await restoreBackup(backup, mode);
      setOutcome({
        tone: 'done',
        text:
          mode === 'replace'
            ? msg('settings.restored', { name })
            : msg('settings.merged', { name }),
      });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  return {
    busy,
    outcome,
    candidate,
    makeBackup,
    pickBackup,
    restore,
    cancel: () => setCandidate(null),
  };
}
