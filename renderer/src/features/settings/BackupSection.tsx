import type { BackupSummary } from '@data/stored';
import { useT } from '@i18n/language';
import type { LocalizedText } from '@shared/model/localized-text';
import { ConfirmDialog } from '@components/ConfirmDialog';
import { count, importedAtLabel } from '@features/library/format';
import { useBackupActions } from './useBackupActions';
import { msg } from '@i18n/text';

function summaryText(summary: BackupSummary): LocalizedText {
  const when = importedAtLabel(summary.createdAt);
  return msg('settings.backupSummary', {
    when,
    documents: count(summary.documents),
    lines: count(summary.lines),
    findings: count(summary.findings),
    notes: count(summary.notes),
    packs: count(summary.packs),
  });
}

/** 설정 › 백업과 복원 */
export function BackupSection() {
  const t = useT();
  const actions = useBackupActions();
  return (
    <section className="settings-card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('settings.backupRestore')}</h2>
      <p className="hint">{t('settings.backupHint')}</p>
      <div className="settings-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void actions.makeBackup()}
          disabled={actions.busy !== null}
        >
          {actions.busy === 'backup' ? t('settings.backingUp') : t('settings.createBackupFile')}
        </button>
        <button
          type="button"
          onClick={() => void actions.pickBackup()}
          disabled={actions.busy !== null}
        >
          {actions.busy === 'restore' ? t('settings.checking') : t('settings.restoreFromBackup')}
        </button>
      </div>
      <div role="status" className="settings-status">
        {actions.outcome?.tone === 'done' && t(actions.outcome.text)}
      </div>
      {actions.outcome?.tone === 'error' && (
        <p role="alert" className="settings-error">
          {t(actions.outcome.text)}
        </p>
      )}
      {actions.candidate && (
        <ConfirmDialog
          title={msg('settings.restoreQuestion')}
          confirmLabel={msg('settings.replaceEverything')}
          onConfirm={() => void actions.restore('replace')}
          onCancel={actions.cancel}
          extraActions={
            <button type="button" onClick={() => void actions.restore('merge')}>
              {t('settings.merge')}
            </button>
          }
        >
          <p>
            <strong>{actions.candidate.name}</strong>
          </p>
          <p>{t(summaryText(actions.candidate.backup.summary))}</p>
          <p>{t('settings.restoreExplanation')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
