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
      <h2 id="auto-backup-heading">{t('settings.autoBackupHeading')}</h2>
      <p className="hint">{t('settings.autoBackupHint')}</p>
      {setting?.folder && (
        <p>
          {t('settings.autoBackupFolder')}
          <code>{setting.folder}</code>
          {setting.lastWrittenAt &&
            t('settings.autoBackupLast', { lastWrittenAt: importedAtLabel(setting.lastWrittenAt) })}
        </p>
      )}
      {setting?.lastError && (
        <p role="alert" className="settings-error">
          {t('settings.autoBackupFailed')}
          {setting.lastError}
        </p>
      )}
      <div className="settings-actions">
        <button type="button" onClick={() => void choose()}>
          {t('settings.chooseBackupFolder')}
        </button>
        {setting?.folder && (
          <label>
            <input
              type="checkbox"
              checked={setting.enabled}
              onChange={(event) => void save({ ...setting, enabled: event.target.checked })}
            />{' '}
            {t('settings.autoBackupOn')}
          </label>
        )}
      </div>
    </section>
  );
}
