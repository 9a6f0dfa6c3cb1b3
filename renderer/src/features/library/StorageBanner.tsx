import { useDatabaseHealth } from '@state/database-health';
import { useT } from '@i18n/language';

/** Tells the user when the database cannot be used normally: another window upgraded it, etc. */
export function StorageBanner() {
  const t = useT();
  const health = useDatabaseHealth();
  if (!health.message) return null;
  return (
    <div className="storage-banner" role="alert">
      <span>{t(health.message)}</span>
      {health.state === 'reload-needed' && (
        <button type="button" onClick={() => window.location.reload()}>
          {t('library.reload')}
        </button>
      )}
    </div>
  );
}
