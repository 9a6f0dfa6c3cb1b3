import '../library/library.css';
import './settings.css';
import { useT } from '../../i18n/language';
import { FlagRulesSettings } from '../review/flag-rules/FlagRulesSettings';
import { AutoBackupSection } from './AutoBackupSection';
import { BackupSection } from './BackupSection';
import { StorageSection } from './StorageSection';
import { WebBackupSection } from './WebBackupSection';

/** 설정: backup and restore, storage, and the review's flag rules. */
export function SettingsPage() {
  const t = useT();
  return (
    <div className="settings-page">
      <h1 className="settings-title">{t({ ko: '설정', en: 'Settings' })}</h1>
      <BackupSection />
      <AutoBackupSection />
      <WebBackupSection />
      <StorageSection />
      <div className="settings-flag-rules">
        <FlagRulesSettings />
      </div>
    </div>
  );
}
