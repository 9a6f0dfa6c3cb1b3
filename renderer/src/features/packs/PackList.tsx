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
  if (packs.length === 0) return <p className="packs-muted">{t('packs.noSavedPacksYet')}</p>;
  return (
    <ul className="packs-list" aria-label={t('packs.savedPacks')}>
      {packs.map((pack) => (
        <li key={pack.id}>
          <div>
            <strong>{pack.title}</strong>
            <small>
              {[pack.session, pack.date].filter(Boolean).join(' · ')} ·{' '}
              {t('packs.documentCount', { documentIdsCount: pack.documentIds.length })} ·{' '}
              {pack.departments.length === 0
                ? t('packs.allDepartments')
                : t('packs.departmentCount', { departmentsCount: pack.departments.length })}
            </small>
          </div>
          <div className="packs-actions">
            <button type="button" onClick={() => onOpen(pack)}>
              {t('packs.open')}
            </button>
            <a className="packs-button" href={`#/print/pack/${pack.id}`}>
              {t('packs.print')}
            </a>
            <button
              type="button"
              onClick={() => onDelete(pack)}
              aria-label={`${pack.title} ${t('packs.deleteLabel')}`}
            >
              {t('common.delete')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
