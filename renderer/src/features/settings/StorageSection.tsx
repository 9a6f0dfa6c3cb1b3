import { useT } from '@i18n/language';
import { bytesLabel, useStorageInfo } from './useStorageInfo';

/** 설정 › 저장 공간: used / available, and persistent storage so the browser never evicts the data */
export function StorageSection() {
  const t = useT();
  const { info, requestPersistence } = useStorageInfo();
  const share =
    info.usage !== undefined && info.quota ? Math.min(100, (info.usage / info.quota) * 100) : 0;
  return (
    <section className="settings-card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('settings.storage')}</h2>
      {!info.supported ? (
        <p className="hint">{t('settings.storageUnknown')}</p>
      ) : (
        <>
          <p>
            {t('settings.storageUse', {
              usage: bytesLabel(info.usage),
              quota: bytesLabel(info.quota),
            })}
          </p>
          <meter
            className="storage-meter"
            min={0}
            max={100}
            value={share}
            aria-label={t('settings.storageUsed')}
          />
          <p data-testid="persist-status">
            {info.persisted ? t('settings.persistentOn') : t('settings.persistentOff')}
          </p>
          {!info.persisted && (
            <button type="button" onClick={() => void requestPersistence()}>
              {t('settings.requestPersistentStorage')}
            </button>
          )}
          {info.requested === false && (
            <p className="hint" role="status">
              {t('settings.persistDeclined')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
