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
      <h2 id="storage-heading">{t({ ko: '저장 공간', en: 'Storage' })}</h2>
      {!info.supported ? (
        <p className="hint">
          {t({
            ko: '이 환경에서는 저장 공간 정보를 알 수 없습니다.',
            en: 'This environment does not report storage use.',
          })}
        </p>
      ) : (
        <>
          <p>
            {t({
              ko: `사용 중 ${bytesLabel(info.usage)} / 사용 가능 ${bytesLabel(info.quota)}`,
              en: `${bytesLabel(info.usage)} used of ${bytesLabel(info.quota)} available`,
            })}
          </p>
          <meter
            className="storage-meter"
            min={0}
            max={100}
            value={share}
            aria-label={t({ ko: '저장 공간 사용률', en: 'Storage used' })}
          />
          <p data-testid="persist-status">
            {info.persisted
              ? t({
                  ko: '영구 저장: 켜짐 — 브라우저가 공간이 부족해도 이 자료를 지우지 않습니다.',
                  en: 'Persistent storage: on — the browser will not evict this data when space runs low.',
                })
              : t({
                  ko: '영구 저장: 꺼짐 — 디스크 공간이 부족하면 브라우저가 자료를 지울 수 있습니다. 정기적으로 백업하세요.',
                  en: 'Persistent storage: off — the browser may evict the data when disk space runs low. Back up regularly.',
                })}
          </p>
          {!info.persisted && (
            <button type="button" onClick={() => void requestPersistence()}>
              {t({ ko: '영구 저장 요청', en: 'Request persistent storage' })}
            </button>
          )}
          {info.requested === false && (
            <p className="hint" role="status">
              {t({
                ko: '브라우저가 요청을 거절했습니다. 앱을 설치하거나 이 사이트를 북마크하면 허용될 수 있습니다.',
                en: 'The browser declined. Installing the app or bookmarking this site may allow it.',
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
