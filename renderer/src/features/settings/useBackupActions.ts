import { useState } from 'react';
import type { RestoreMode, ValidatedBackup } from '../../db/api';
import { backupFileName } from '../../db/backup/create';
import { BACKUP_EXTENSION } from '../../db/backup/format';
import { getStore } from '../../db/connection';
import { toStoreError } from '../../db/errors';
import type { Text } from '../../i18n/language';
import { platform } from '../../platform';
import { refreshDocuments } from '../../state/documents';
import { rememberBackupSaved } from './last-backup';

export type BackupOutcome = { tone: 'done' | 'error'; text: Text };

/** backups are gzip files: anything else (often a report picked by mistake) is named as such */
const looksLikeBackup = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;
const notABackup = (name: string): Text => ({
  ko: `${name}은(는) 백업 파일(${BACKUP_EXTENSION})이 아닙니다. 보고서는 자료실의 ‘보고서 가져오기’로 가져오세요. 현재 데이터는 바뀌지 않았습니다.`,
  en: `${name} is not a backup file (${BACKUP_EXTENSION}). Import reports with ‘Import a report’ in the Library. Your data is unchanged.`,
});

/** make a backup file; pick one, validate it whole, confirm, then restore */
export function useBackupActions() {
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);
  const [candidate, setCandidate] = useState<{ name: string; backup: ValidatedBackup } | null>(
    null,
  );
  const fail = (error: unknown) =>
    setOutcome({ tone: 'error', text: toStoreError(error).userMessage });

  const makeBackup = async () => {
    setBusy('backup');
    setOutcome(null);
    try {
      const store = await getStore();
      const bytes = await store.createBackup();
      const name = backupFileName();
      if (await platform.saveFile(name, bytes, 'application/gzip')) {
        await rememberBackupSaved(store);
        setOutcome({
          tone: 'done',
          text: { ko: `백업 파일(${name})을 만들었습니다.`, en: `Backup file ${name} created.` },
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
      const backup = await (await getStore()).readBackup(file.bytes);
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
      await (await getStore()).restoreBackup(backup, mode);
      await refreshDocuments();
      setOutcome({
        tone: 'done',
        text:
          mode === 'replace'
            ? { ko: `${name}에서 복원했습니다.`, en: `Restored from ${name}.` }
            : { ko: `${name}의 자료를 합쳤습니다.`, en: `Merged ${name} into your data.` },
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
