import { useEffect } from 'react';
import { useT } from '@i18n/language';
import { loadDocumentList } from '@services';
import { useDocumentList } from '@state/documents';
import { bytesLabel, useStorageInfo } from './useStorageInfo';

/**
 * 설정 › 저장 공간: used / available, what the store holds, and persistent storage so the browser
 * never evicts the data. Chromium may report 0 B for a while after data is written: with
 * documents stored that is said as "not counted yet", never as an empty store.
 */
export function StorageSection() {
  const t = useT();
  const { info, refresh, requestPersistence } = useStorageInfo();
  const { documents, loaded } = useDocumentList();
  useEffect(() => void loadDocumentList(), []);
  // the estimate again whenever the stored documents change
  useEffect(() => void refresh(), [documents.length, refresh]);
  const holdsData = loaded && documents.length > 0;
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
              usage:
                holdsData && !info.usage ? t('settings.storageNotCounted') : bytesLabel(info.usage),
              quota: bytesLabel(info.quota),
            })}
          </p>
          {loaded && (
            <p data-testid="stored-documents">
              {t('settings.storedDocuments', { count: documents.length })}
            </p>
          )}
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
