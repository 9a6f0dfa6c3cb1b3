import { useEffect } from 'react';
import { useT } from '@i18n/language';
import { canBackUpAutomatically, loadLastBackup } from '@services';
import { useLastBackup } from '@state/last-backup';
import { importedAtLabel } from '@features/library/format';
import { useBackupActions } from './useBackupActions';

/** 설정 › 자동 백업 in web mode: there is none, so say so and offer the backup in one click. */
export function WebBackupSection() {
  const t = useT();
  const actions = useBackupActions();
  const savedAt = useLastBackup((state) => state.savedAt);
  const web = !canBackUpAutomatically();
  useEffect(() => {
    if (web) void loadLastBackup();
  }, [web]);
  if (!web) return null;
  return (
    <section className="settings-card" aria-labelledby="web-backup-heading">
      <h2 id="web-backup-heading">{t('settings.autoBackupHeading')}</h2>
      <p className="hint">{t('settings.webBackupHint')}</p>
      <p data-testid="last-backup">
        {savedAt
          ? t('settings.lastBackupFile', { savedAt: importedAtLabel(savedAt) })
          : t('settings.noBackupFileYet')}
      </p>
      <div className="settings-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void actions.makeBackup()}
          disabled={actions.busy !== null}
        >
          {actions.busy === 'backup' ? t('settings.backingUp') : t('settings.downloadBackupNow')}
        </button>
      </div>
      {actions.outcome?.tone === 'error' && (
        <p role="alert" className="settings-error">
          {t(actions.outcome.text)}
        </p>
      )}
    </section>
  );
}
