import { useCallback, useEffect, useState } from 'react';
import { useT } from '@i18n/language';
import { platform } from '@platform';
import {
  autoBackupSetting,
  canBackUpAutomatically,
  setAutoBackup,
  type AutoBackupSetting,
} from '@services';
import { importedAtLabel } from '@features/library/format';

/** 설정 › 자동 백업: Electron only (the platform must be able to write into a chosen folder). */
export function AutoBackupSection() {
  const t = useT();
  const [setting, setSetting] = useState<AutoBackupSetting | undefined>();
  const available = !!platform.chooseBackupFolder && canBackUpAutomatically();

  const load = useCallback(() => autoBackupSetting().then(setSetting), []);
  useEffect(() => {
    if (available) void autoBackupSetting().then(setSetting);
  }, [available]);
  if (!available) return null;

  const save = async (next: AutoBackupSetting) => {
    await setAutoBackup(next);
    await load();
  };
  const choose = async () => {
    const folder = await platform.chooseBackupFolder?.();
    if (folder) await save({ enabled: true, folder });
  };

  return (
    <section className="settings-card" aria-labelledby="auto-backup-heading">
      <h2 id="auto-backup-heading">{t({ ko: '자동 백업', en: 'Automatic backup' })}</h2>
      <p className="hint">
        {t({
          ko: '문서를 가져오거나 지울 때마다 고른 폴더에 그날의 백업 파일을 씁니다.',
          en: 'Writes the day’s backup file into the chosen folder whenever documents are imported or deleted.',
        })}
      </p>
      {setting?.folder && (
        <p>
          {t({ ko: '폴더: ', en: 'Folder: ' })}
          <code>{setting.folder}</code>
          {setting.lastWrittenAt &&
            t({
              ko: ` · 마지막 백업 ${importedAtLabel(setting.lastWrittenAt)}`,
              en: ` · last backup ${importedAtLabel(setting.lastWrittenAt)}`,
            })}
        </p>
      )}
      {setting?.lastError && (
        <p role="alert" className="settings-error">
          {t({ ko: '자동 백업 실패: ', en: 'Automatic backup failed: ' })}
          {setting.lastError}
        </p>
      )}
      <div className="settings-actions">
        <button type="button" onClick={() => void choose()}>
          {t({ ko: '백업 폴더 고르기', en: 'Choose backup folder' })}
        </button>
        {setting?.folder && (
          <label>
            <input
              type="checkbox"
              checked={setting.enabled}
              onChange={(event) => void save({ ...setting, enabled: event.target.checked })}
            />{' '}
            {t({ ko: '자동 백업 켜기', en: 'Automatic backup on' })}
          </label>
        )}
      </div>
    </section>
  );
}
