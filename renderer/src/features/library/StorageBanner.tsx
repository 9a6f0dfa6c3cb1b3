import { useDatabaseHealth } from '@db/connection';
import { useT } from '@i18n/language';

/** Tells the user when the database cannot be used normally: another window upgraded it, etc. */
export function StorageBanner() {
  const t = useT();
  const health = useDatabaseHealth((state) => state.health);
  if (health.state === 'opening' || health.state === 'ready') return null;
  return (
    <div className="storage-banner" role="alert">
      <span>{t(health.error.userMessage)}</span>
      {health.state === 'reload-needed' && (
        <button type="button" onClick={() => window.location.reload()}>
          {t({ ko: '새로 고침', en: 'Reload' })}
        </button>
      )}
    </div>
  );
}
