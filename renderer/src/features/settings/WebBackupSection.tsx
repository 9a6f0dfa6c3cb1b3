import { useT } from '../../i18n/language';
import { platform } from '../../platform';
import { importedAtLabel } from '../library/format';
import { useLastBackup } from './last-backup';
import { useBackupActions } from './useBackupActions';

/** 설정 › 자동 백업 in web mode: there is none, so say so and offer the backup in one click. */
export function WebBackupSection() {
  const t = useT();
  const actions = useBackupActions();
  const savedAt = useLastBackup();
  if (platform.writeBackup) return null;
  return (
    <section className="settings-card" aria-labelledby="web-backup-heading">
      <h2 id="web-backup-heading">{t({ ko: '자동 백업', en: 'Automatic backup' })}</h2>
      <p className="hint">
        {t({
          ko: '웹 브라우저에서 쓸 때는 자동 백업을 하지 않습니다. 자료는 이 브라우저에만 저장되므로, 백업 파일을 자주 내려받아 두세요.',
          en: 'In a web browser the app keeps no automatic backups. Your data lives only in this browser, so download a backup file often.',
        })}
      </p>
      <p data-testid="last-backup">
        {savedAt
          ? t({
              ko: `마지막 백업 파일: ${importedAtLabel(savedAt)}`,
              en: `Last backup file: ${importedAtLabel(savedAt)}`,
            })
          : t({ ko: '아직 백업 파일을 만든 적이 없습니다.', en: 'No backup file made yet.' })}
      </p>
      <div className="settings-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void actions.makeBackup()}
          disabled={actions.busy !== null}
        >
          {actions.busy === 'backup'
            ? t({ ko: '백업 중…', en: 'Backing up…' })
            : t({ ko: '지금 백업 파일 내려받기', en: 'Download a backup file now' })}
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
