import { useState } from 'react';
import { EmptyState } from '@components/EmptyState';
import { useT } from '@i18n/language';
import { newDraft, PackEditor } from './PackEditor';
import { PackList } from './PackList';
import { deletePack, savePack, type PackDraft } from '@services';
import { usePacksPage } from './usePacks';
import './packs.css';

/** 브리핑 자료: saved packs, and the editor that builds one from documents and departments. */
export function PacksPage() {
  const t = useT();
  const { packs, documents, error } = usePacksPage();
  const [editing, setEditing] = useState<PackDraft | null>(null);
  if (error)
    return (
      <EmptyState
        title={{ ko: '자료를 읽지 못했습니다', en: 'Could not read the store' }}
        body={error}
      />
    );
  if (!packs) return <p aria-busy="true">{t({ ko: '불러오는 중…', en: 'Loading…' })}</p>;
  if (documents.length === 0 && packs.length === 0)
    return (
      <EmptyState
        title={{ ko: '브리핑 자료가 없습니다', en: 'No briefing packs yet' }}
        body={{
          ko: '자료실에서 보고서를 가져오면 문서와 부서를 골라 표지, 목차, 지적 사항, 메모가 담긴 A4 브리핑 자료를 만들 수 있습니다.',
          en: 'Import reports in the Library, then choose documents and departments to build an A4 briefing pack with a cover, contents, findings and notes.',
        }}
      >
        <a href="#/library">{t({ ko: '자료실로 가기', en: 'Go to the Library' })}</a>
      </EmptyState>
    );
  return (
    <div className="packs-page">
      <div className="packs-header">
        <h2>{t({ ko: '브리핑 자료', en: 'Briefing packs' })}</h2>
        {!editing && documents.length > 0 && (
          <button
            type="button"
            className="packs-primary"
            onClick={() => setEditing(newDraft(documents))}
          >
            {t({ ko: '새 브리핑 자료', en: 'New briefing pack' })}
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
            if (
              window.confirm(
                t({ ko: `'${pack.title}'을(를) 삭제할까요?`, en: `Delete '${pack.title}'?` }),
              )
            )
              void deletePack(pack.id);
          }}
        />
      )}
    </div>
  );
}
