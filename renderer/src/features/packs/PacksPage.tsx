import { useState } from 'react';
import { EmptyState } from '@components/EmptyState';
import { useT } from '@i18n/language';
import { newDraft, PackEditor } from './PackEditor';
import { PackList } from './PackList';
import { deletePack, savePack, type PackDraft } from '@services';
import { usePacksPage } from './usePacks';
import './packs.css';
import { msg } from '@i18n/text';

/** 브리핑 자료: saved packs, and the editor that builds one from documents and departments. */
export function PacksPage() {
  const t = useT();
  const { packs, documents, error } = usePacksPage();
  const [editing, setEditing] = useState<PackDraft | null>(null);
  if (error) return <EmptyState title={msg('packs.readFailed')} body={error} />;
  if (!packs) return <p aria-busy="true">{t('common.loading')}</p>;
  if (documents.length === 0 && packs.length === 0)
    return (
      <EmptyState title={msg('packs.emptyTitle')} body={msg('packs.emptyBody')}>
        <a href="#/library">{t('common.goLibrary')}</a>
      </EmptyState>
    );
  return (
    <div className="packs-page">
      <div className="packs-header">
        <h2>{t('common.briefingPacks')}</h2>
        {!editing && documents.length > 0 && (
          <button
            type="button"
            className="packs-primary"
            onClick={() => setEditing(newDraft(documents))}
          >
            {t('packs.newBriefingPack')}
          </button>
        )}
      </div>
      {editing ? (
        <PackEditor
          key={editing.id ?? 'new'}
          initial={editing}
          documents={documents}
          onCancel={() => setEditing(null)}
          onSave={async (draft, then) => {
            const saved = await savePack(draft);
            setEditing(null);
            if (then === 'print') window.location.hash = `#/print/pack/${saved.id}`;
          }}
        />
      ) : (
        <PackList
          packs={packs}
          onOpen={(pack) => setEditing(pack)}
          onDelete={(pack) => {
            if (window.confirm(t('packs.deleteQuestion', { title: pack.title })))
              void deletePack(pack.id);
          }}
        />
      )}
    </div>
  );
}
