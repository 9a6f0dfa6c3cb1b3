import type { BriefingPack } from '@data/stored';
import { useT } from '@i18n/language';

/** Saved packs: open to edit, print, delete (with confirmation). */
export function PackList({
  packs,
  onOpen,
  onDelete,
}: {
  packs: readonly BriefingPack[];
  onOpen(pack: BriefingPack): void;
  onDelete(pack: BriefingPack): void;
}) {
  const t = useT();
  if (packs.length === 0)
    return (
      <p className="packs-muted">
        {t({ ko: '저장된 브리핑 자료가 없습니다.', en: 'No saved packs yet.' })}
      </p>
    );
  return (
    <ul className="packs-list" aria-label={t({ ko: '저장된 브리핑 자료', en: 'Saved packs' })}>
      {packs.map((pack) => (
        <li key={pack.id}>
          <div>
            <strong>{pack.title}</strong>
            <small>
              {[pack.session, pack.date].filter(Boolean).join(' · ')} ·{' '}
              {t({
                ko: `문서 ${pack.documentIds.length}개`,
                en: `${pack.documentIds.length} document(s)`,
              })}{' '}
              ·{' '}
              {pack.departments.length === 0
                ? t({ ko: '전체 부서', en: 'all departments' })
                : t({
                    ko: `부서 ${pack.departments.length}개`,
                    en: `${pack.departments.length} department(s)`,
                  })}
            </small>
          </div>
          <div className="packs-actions">
            <button type="button" onClick={() => onOpen(pack)}>
              {t({ ko: '열기', en: 'Open' })}
            </button>
            <a className="packs-button" href={`#/print/pack/${pack.id}`}>
              {t({ ko: '인쇄', en: 'Print' })}
            </a>
            <button
              type="button"
              onClick={() => onDelete(pack)}
              aria-label={`${pack.title} ${t({ ko: '삭제', en: 'delete' })}`}
            >
              {t({ ko: '삭제', en: 'Delete' })}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
