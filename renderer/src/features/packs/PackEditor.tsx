import { useState } from 'react';
import type { StoredDocument } from '@data/stored';
import type { PackDraft } from '@services';
import { useT } from '@i18n/language';
import { useDepartments } from './usePacks';
import { councilAndSession } from '@i18n/council-session';
import { documentName } from '@shared/documents';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}. ${now.getMonth() + 1}. ${now.getDate()}.`;
};

const latestYear = (doc: StoredDocument) => Math.max(0, ...doc.meta.fiscalYears);

/** A new pack's first draft: every document, all departments, the latest document's session. */
export function newDraft(documents: readonly StoredDocument[]): PackDraft {
  const first = [...documents].sort((a, b) => latestYear(b) - latestYear(a) || b.id - a.id)[0]
    ?.meta;
  return {
    title: `${councilAndSession(first?.council, first?.session)} 브리핑 자료`
      .replace(/\s+/g, ' ')
      .trim(),
    council: first?.council,
    session: first?.session,
    date: today(),
    preparedBy: '',
    documentIds: documents.map((doc) => doc.id),
    departments: [],
    includeFindings: true,
    includeNotes: true,
  };
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/** Cover fields, documents, departments and contents of one pack; saves it, or saves and prints. */
export function PackEditor({
  initial,
  documents,
  onSave,
  onCancel,
}: {
  initial: PackDraft;
  documents: readonly StoredDocument[];
  onSave(draft: PackDraft, then: 'stay' | 'print'): Promise<void>;
  onCancel(): void;
}) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const departments = useDepartments(draft.documentIds);
  const set = (patch: Partial<PackDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const text = (field: 'title' | 'council' | 'session' | 'date' | 'preparedBy', label: string) => (
    <label>
      <span>{label}</span>
      <input
        value={draft[field] ?? ''}
        onChange={(event) => set({ [field]: event.target.value })}
      />
    </label>
  );
  const submit = async (then: 'stay' | 'print') => {
    if (!draft.title.trim()) return setError(t('packs.enterTitle'));
    if (draft.documentIds.length === 0) return setError(t('packs.chooseLeastOneDocument'));
    setSaving(true);
    try {
      await onSave({ ...draft, title: draft.title.trim() }, then);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className="packs-editor"
      aria-label={t('packs.editBriefingPack')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit('stay');
      }}
    >
      <fieldset className="packs-cover">
        <legend>{t('packs.cover')}</legend>
        {text('title', t('common.title'))}
        {text('council', t('packs.council'))}
        {text('session', t('packs.session'))}
        {text('date', t('packs.date'))}
        {text('preparedBy', t('packs.preparedBy'))}
      </fieldset>
      <fieldset>
        <legend>{t('packs.documents')}</legend>
        {documents.map((doc) => (
          <label key={doc.id} className="packs-check" title={doc.fileName}>
            <input
              type="checkbox"
              checked={draft.documentIds.includes(doc.id)}
              onChange={(event) =>
                set({ documentIds: toggle(draft.documentIds, doc.id, event.target.checked) })
              }
            />
            {t(documentName(doc.meta, doc.fileName).text)} <small>({doc.fileName})</small>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>
          {t('packs.departments')}{' '}
          <small>
            {draft.departments.length === 0
              ? t('packs.noDepartmentChosen')
              : t('packs.departmentsChosen', { departmentsCount: draft.departments.length })}
          </small>
        </legend>
        <div className="packs-departments">
          {departments.map((name) => (
            <label key={name} className="packs-check">
              <input
                type="checkbox"
                checked={draft.departments.includes(name)}
                onChange={(event) =>
                  set({ departments: toggle(draft.departments, name, event.target.checked) })
                }
              />
              {name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('packs.contents')}</legend>
        <label className="packs-check">
          <input
            type="checkbox"
            checked={draft.includeFindings}
            onChange={(event) => set({ includeFindings: event.target.checked })}
          />
          {t('packs.includeFindings')}
        </label>
        <label className="packs-check">
          <input
            type="checkbox"
            checked={draft.includeNotes}
            onChange={(event) => set({ includeNotes: event.target.checked })}
          />
          {t('packs.includeNotes')}
        </label>
      </fieldset>
      {error && (
        <p role="alert" className="packs-error">
          {error}
        </p>
      )}
      <div className="packs-actions">
        <button type="submit" disabled={saving}>
          {t('packs.save')}
        </button>
        <button type="button" disabled={saving} onClick={() => void submit('print')}>
          {t('packs.savePrint')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
