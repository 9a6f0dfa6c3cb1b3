import type { BackupSummary } from '@data/stored';
import { useT, type Text } from '@i18n/language';
import { ConfirmDialog } from '@components/ConfirmDialog';
import { count, importedAtLabel } from '@features/library/format';
import { useBackupActions } from './useBackupActions';

function summaryText(summary: BackupSummary): Text {
  const when = importedAtLabel(summary.createdAt);
  return {
    ko: `${when}에 만든 백업: 문서 ${count(summary.documents)}개, 예산 항목 ${count(summary.lines)}개, 검토 결과 ${count(summary.findings)}건, 메모 ${count(summary.notes)}개, 브리핑 자료 ${count(summary.packs)}개.`,
    en: `Backup made ${when}: ${count(summary.documents)} documents, ${count(summary.lines)} budget lines, ${count(summary.findings)} findings, ${count(summary.notes)} notes, ${count(summary.packs)} briefing packs.`,
  };
}

/** 설정 › 백업과 복원 */
export function BackupSection() {
  const t = useT();
  const actions = useBackupActions();
  return (
    <section className="settings-card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t({ ko: '백업과 복원', en: 'Backup and restore' })}</h2>
      <p className="hint">
        {t({
          ko: '모든 문서, 예산 항목, 검토 결과, 메모, 브리핑 자료와 설정을 파일 하나(.cbr-backup)에 담습니다. 복원할 때는 파일 전체를 먼저 검사하고, 이상이 없을 때만 바꿉니다.',
          en: 'Puts every document, line, finding, note, briefing pack and setting into one .cbr-backup file. A restore checks the whole file first and changes nothing unless it is sound.',
        })}
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
            : t({ ko: '백업 파일 만들기', en: 'Create backup file' })}
        </button>
        <button
          type="button"
          onClick={() => void actions.pickBackup()}
          disabled={actions.busy !== null}
        >
          {actions.busy === 'restore'
            ? t({ ko: '확인 중…', en: 'Checking…' })
            : t({ ko: '백업에서 복원', en: 'Restore from backup' })}
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
          title={{ ko: '백업에서 복원할까요?', en: 'Restore from this backup?' }}
          confirmLabel={{ ko: '모두 바꾸기', en: 'Replace everything' }}
          onConfirm={() => void actions.restore('replace')}
          onCancel={actions.cancel}
          extraActions={
            <button type="button" onClick={() => void actions.restore('merge')}>
              {t({ ko: '합치기', en: 'Merge' })}
            </button>
          }
        >
          <p>
            <strong>{actions.candidate.name}</strong>
          </p>
          <p>{t(summaryText(actions.candidate.backup.summary))}</p>
          <p>
            {t({
              ko: '‘모두 바꾸기’는 지금 있는 자료를 모두 지우고 백업 내용으로 바꿉니다. ‘합치기’는 지금 자료를 두고 백업에만 있는 문서, 메모, 브리핑 자료를 더합니다.',
              en: '“Replace everything” deletes the current data and puts the backup in its place. “Merge” keeps the current data and adds the documents, notes and packs only the backup has.',
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
